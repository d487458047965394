import { z } from "zod";
import { parseChinaDateTime } from "@/lib/format/date";

const positiveInt = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

/** Which article, and the version the editor was looking at. */
export const articleRefSchema = z.object({
  id: positiveInt("稿件编号无效"),
  version: positiveInt("版本号无效"),
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
  revisionId: positiveInt("修订编号无效"),
});
