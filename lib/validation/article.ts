import { z } from "zod";
import { STATUS } from "@/lib/content/status";

// The one description of a valid article, shared by every path that writes
// one: the demo generator, imports and (later) the newsroom's forms.

export const ARTICLE_STATUSES = [STATUS.draft, STATUS.submitted, STATUS.scheduled, STATUS.published, STATUS.withdrawn] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

const name = z.string().trim().min(1).max(30);

export const articleInputSchema = z.object({
  title: z.string().trim().min(1, "请填写标题").max(100, "标题不能超过100个字"),
  subtitle: z.string().trim().max(100, "副题不能超过100个字").default(""),
  summary: z.string().trim().max(300, "摘要不能超过300个字").default(""),
  bodyHtml: z.string().max(500_000, "正文过长").default(""),
  sectionSlug: z.string().regex(/^[a-z0-9-]{1,40}$/, "栏目无效"),
  /** Empty or absent: the site's own work. */
  source: z.string().trim().max(60, "来源不能超过60个字").default(""),
  dateline: z.string().trim().max(60, "电头不能超过60个字").default(""),
  reporters: z.array(name).max(10).default([]),
  tags: z.array(z.string().trim().min(1).max(20)).max(12).default([]),
  coverImageId: z.number().int().positive().nullable().default(null),
  editorId: z.number().int().positive().nullable().default(null),
  status: z.enum(ARTICLE_STATUSES).default(STATUS.draft),
  publishedAt: z.date().nullable().default(null),
  isHeadline: z.boolean().default(false),
  isFeatured: z.boolean().default(false),
  isBreaking: z.boolean().default(false),
  viewCount: z.number().int().min(0).default(0),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ValidArticleInput = z.output<typeof articleInputSchema>;
