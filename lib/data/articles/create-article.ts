import "server-only";
import { htmlToText, sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleInputSchema, type ArticleInput } from "@/lib/validation/article";
import { resolveNames } from "./article-names";
import { STATUS } from "@/lib/content/status";

type Tx = Prisma.TransactionClient;

const SUMMARY_LENGTH = 90;

/** A summary from the body when the writer gave none. */
export function summaryOrExcerpt(summary: string, bodyHtml: string): string {
  return summary || excerpt(htmlToText(bodyHtml), SUMMARY_LENGTH);
}

/**
 * Validates, sanitizes and stores a new article with its byline, tags and
 * source. Names (reporters, tags, sources) are created on first use. Throws a
 * ZodError for invalid input and an Error for an unknown section.
 */
export async function createArticle(input: ArticleInput, tx: Tx = db): Promise<{ id: number }> {
  const data = articleInputSchema.parse(input);
  const section = await tx.section.findUnique({ where: { slug: data.sectionSlug }, select: { id: true } });
  if (!section) throw new Error(`未知栏目: ${data.sectionSlug}`);

  const bodyHtml = sanitizeArticleHtml(data.bodyHtml);
  const summary = summaryOrExcerpt(data.summary, bodyHtml);
  const { sourceId, reporters, tags } = await resolveNames(tx, data);

  const article = await tx.article.create({
    data: {
      title: data.title,
      subtitle: data.subtitle,
      summary,
      bodyHtml,
      sectionId: section.id,
      sourceId,
      dateline: data.dateline,
      coverImageId: data.coverImageId,
      editorId: data.editorId,
      status: data.status,
      publishedAt: data.publishedAt ?? (data.status === STATUS.published ? new Date() : null),
      isHeadline: data.isHeadline,
      isFeatured: data.isFeatured,
      isBreaking: data.isBreaking,
      viewCount: data.viewCount,
      reporters,
      tags,
    },
    select: { id: true },
  });
  return article;
}

/** The first sentences of a text, cut at a sentence end near `max` characters. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}
