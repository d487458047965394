import { z } from "zod";
import { idField } from "./ids";
import { TOPIC_ITEM_KINDS } from "./topic-kinds";

// 专题 forms as they arrive from FormData (all strings).

const id = (label: string) => idField(`${label}无效`);
const line = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`));
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true" || v === "1");

/** Pinyin-ish URL names: lower-case letters and digits in words joined by single hyphens. */
export const TOPIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const topicFormSchema = z.object({
  id: z.union([z.literal(""), id("专题编号")]).default(""),
  slug: z
    .string({ error: "请填写专题网址" })
    .trim()
    .toLowerCase()
    .pipe(
      z
        .string()
        .min(2, "专题网址至少2个字符")
        .max(60, "专题网址不能超过60个字符")
        .regex(TOPIC_SLUG, "专题网址只能用小写拼音字母、数字和连字符，如 miaonian-2026"),
    ),
  title: line("专题标题", 60),
  summary: z.string().default("").transform((s) => s.replace(/\s+/g, " ").trim()).pipe(z.string().max(200, "导语不能超过200个字")),
  /** Sanitized on the server by the command, whatever the form sent. */
  introHtml: z.string().max(100_000, "专题介绍过长").default(""),
  bannerImageId: z.union([z.literal(""), id("题图")]).default(""),
  ongoing: checkbox,
  visible: checkbox,
});

export type TopicFormInput = z.output<typeof topicFormSchema>;

export const topicGroupAddSchema = z.object({ topicId: id("专题编号"), title: line("分组名称", 40) });
export const topicGroupRenameSchema = z.object({ groupId: id("分组编号"), title: line("分组名称", 40) });
export const topicGroupRefSchema = z.object({ groupId: id("分组编号") });

export const moveSchema = z.enum(["up", "down"], { error: "移动方向无效" });
export const topicMoveSchema = z.object({ topicId: id("专题编号"), direction: moveSchema });
export const topicGroupMoveSchema = topicGroupRefSchema.extend({ direction: moveSchema });

export { TOPIC_ITEM_KIND_LABELS, TOPIC_ITEM_KINDS, type TopicItemKind } from "./topic-kinds";

export const topicItemAddSchema = z.object({
  groupId: id("分组编号"),
  kind: z.enum(TOPIC_ITEM_KINDS, { error: "请选择内容类型" }),
  targetId: id("内容编号"),
});
export const topicItemRefSchema = z.object({ itemId: id("条目编号") });
export const topicItemMoveSchema = topicItemRefSchema.extend({ direction: moveSchema });
