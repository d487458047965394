import { z } from "zod";
import { parseChinaDateTime } from "@/lib/format/date";
import { idField } from "./ids";

/** Which article, and the version the editor was looking at. */
export const articleRefSchema = z.object({
  id: idField("稿件编号无效"),
  version: idField("版本号无效"),
});

/** Publishing: empty time = now; otherwise a wall-clock time in Beijing (datetime-local). 推送: a checkbox ("on"). */
export const publishSchema = articleRefSchema.extend({
  push: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  scheduledAt: z
    .string()
    .default("")
    .transform((v, ctx) => {
      if (!v.trim()) return null;
      const at = parseChinaDateTime(v.replace("T", " "));
      if (!at) {
        ctx.addIssue({ code: "custom", message: "定时发布时间格式不正确" });
        return z.NEVER;
      }
      return at;
    }),
});

export const restoreRevisionSchema = articleRefSchema.extend({
  revisionId: idField("修订编号无效"),
});
