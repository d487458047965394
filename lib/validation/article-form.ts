import { z } from "zod";
import { optionalIdField } from "./ids";

// The newsroom's article form, as it arrives from FormData (all strings).
// Messages are the ones shown next to the fields.

const splitNames = (value: string) =>
  value
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const articleFormSchema = z.object({
  id: optionalIdField,
  /** The version the editor started from: saving over a newer one is refused. */
  version: z.preprocess((v) => (v === "" || v === undefined ? null : Number(v)), z.number().int().min(1).nullable()),
  title: z.string().trim().min(1, "请填写标题").max(100, "标题不能超过100个字"),
  subtitle: z.string().trim().max(100, "副题不能超过100个字").default(""),
  summary: z.string().trim().max(300, "摘要不能超过300个字").default(""),
  bodyHtml: z.string().max(500_000, "正文过长（超过50万字符）").default(""),
  sectionId: z.preprocess((v) => Number(v), z.number({ error: "请选择栏目" }).int("请选择栏目").positive("请选择栏目")),
  source: z.string().trim().max(60, "来源不能超过60个字").default(""),
  dateline: z.string().trim().max(60, "电头不能超过60个字").default(""),
  reporters: z
    .string()
    .max(300, "作者过多")
    .default("")
    .transform(splitNames)
    .pipe(z.array(z.string().max(30, "作者姓名过长")).max(10, "作者最多10位")),
  tags: z
    .string()
    .max(300, "关键词过多")
    .default("")
    .transform(splitNames)
    .pipe(z.array(z.string().max(20, "关键词过长")).max(12, "关键词最多12个")),
  coverImageId: optionalIdField,
  /** The lead picture's alt text and 图注: only the editor sends them (undefined leaves the picture's as they are). */
  coverAlt: z.string().trim().max(125, "替代文字不能超过125个字").optional(),
  coverCaption: z.string().trim().max(200, "图注不能超过200个字").optional(),
  isHeadline: checkbox.default(false),
  isFeatured: checkbox.default(false),
  isBreaking: checkbox.default(false),
});

export type ArticleFormInput = z.output<typeof articleFormSchema>;

/** The editor's form: which button sent it, 保存 alone or 保存 then 提交审核 / 发布 in one step. */
export const articleEditorSchema = articleFormSchema.extend({
  intent: z.enum(["save", "submit", "publish"]).default("save"),
});

export { fieldErrorsOf } from "./field-errors";
