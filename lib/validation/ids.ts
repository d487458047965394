import { z } from "zod";

// Record ids as forms send them (strings): a positive whole number, with the
// message shown next to the field when it is not one.

export const idField = (message = "编号无效") => z.coerce.number({ error: message }).int(message).positive(message);

/** An id that may be left empty (a new record, no cover picture): null then. */
export const optionalIdField = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : Number(v)),
  z.number({ error: "编号无效" }).int("编号无效").positive("编号无效").nullable(),
);
