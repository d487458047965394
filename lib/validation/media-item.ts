import { z } from "zod";
import { MEDIA_KINDS } from "@/lib/data/media/media-shapes";
import { idField, optionalIdField } from "./ids";

// The newsroom's 视听 form, as it arrives from FormData (all strings).

export const mediaItemFormSchema = z.object({
  id: optionalIdField,
  title: z.string().trim().min(1, "请填写标题").max(100, "标题不能超过100个字"),
  summary: z.string().trim().max(300, "简介不能超过300个字").default(""),
  sectionId: z.preprocess((v) => Number(v), z.number({ error: "请选择栏目" }).int("请选择栏目").positive("请选择栏目")),
  kind: z.enum(MEDIA_KINDS, { error: "请选择视频或音频" }),
  /** The poster picture, uploaded through the newsroom's image endpoint. */
  coverImageId: optionalIdField,
});

export type MediaItemFormInput = z.output<typeof mediaItemFormSchema>;

export const mediaRefSchema = z.object({
  id: idField(),
});
