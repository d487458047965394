import { z } from "zod";
import { idField, optionalIdField } from "./ids";

// The newsroom's photo-set form, as it arrives from FormData (all strings):
// the photos travel as one JSON field, in their order. Messages are the ones
// shown next to the fields.

export const MAX_PHOTOS_PER_SET = 60;

const id = z.number({ error: "编号无效" }).int("编号无效").positive("编号无效");

export const photoInputSchema = z.object({
  /** The stored photo this row edits; null for a picture just uploaded. */
  photoId: id.nullable(),
  imageId: id,
  caption: z.string().trim().max(300, "图片说明不能超过300个字"),
  alt: z.string().trim().max(200, "替代文字不能超过200个字").default(""),
  photographer: z.string().trim().max(30, "摄影者姓名不能超过30个字"),
});

export const photoSetFormSchema = z.object({
  id: optionalIdField,
  title: z.string().trim().min(1, "请填写标题").max(100, "标题不能超过100个字"),
  summary: z.string().trim().max(300, "导语不能超过300个字").default(""),
  sectionId: z.preprocess((v) => Number(v), z.number({ error: "请选择栏目" }).int("请选择栏目").positive("请选择栏目")),
  coverImageId: optionalIdField,
  photos: z
    .string()
    .default("[]")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "图片列表格式不正确" });
        return z.NEVER;
      }
    })
    .pipe(z.array(photoInputSchema, { error: "图片列表格式不正确" }).max(MAX_PHOTOS_PER_SET, `一组图片最多${MAX_PHOTOS_PER_SET}张`)),
});

export type PhotoSetFormInput = z.output<typeof photoSetFormSchema>;
export type PhotoInput = z.output<typeof photoInputSchema>;

export const photoSetRefSchema = z.object({ id: idField("图集编号无效") });
