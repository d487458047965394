import { z } from "zod";

const MAX_CORRECTION_CHARS = 500;

const text = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(MAX_CORRECTION_CHARS, `${what}不能超过${MAX_CORRECTION_CHARS}字`);

/** 更正: which article, what it said that was wrong, and what is right. */
export const correctionSchema = z.object({
  id: z.coerce.number({ error: "稿件编号无效" }).int("稿件编号无效").positive("稿件编号无效"),
  wrong: text("原稿有误的内容"),
  corrected: text("更正后的内容"),
});

export type CorrectionInput = z.output<typeof correctionSchema>;
