import "server-only";
import { htmlToText, sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleInputSchema, type ArticleInput } from "@/lib/validation/article";

type Tx = Prisma.TransactionClient;

const SUMMARY_LENGTH = 90;

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
  const summary = data.summary || excerpt(htmlToText(bodyHtml), SUMMARY_LENGTH);
  const source = data.source
    ? await tx.source.upsert({ where: { name: data.source }, create: { name: data.source }, update: {}, select: { id: true } })
    : null;
  const reporterIds = await upsertNames(tx, "reporter", dedupe(data.reporters));
  const tagIds = await upsertNames(tx, "tag", dedupe(data.tags));

  const article = await tx.article.create({
    data: {
      title: data.title,
      subtitle: data.subtitle,
      summary,
      bodyHtml,
      sectionId: section.id,
      sourceId: source?.id ?? null,
      dateline: data.dateline,
      coverImageId: data.coverImageId,
      editorId: data.editorId,
      status: data.status,
      publishedAt: data.publishedAt ?? (data.status === "published" ? new Date() : null),
      isHeadline: data.isHeadline,
      isFeatured: data.isFeatured,
      isBreaking: data.isBreaking,
      viewCount: data.viewCount,
      reporters: { create: reporterIds.map((reporterId, position) => ({ reporterId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
    },
    select: { id: true },
  });
  return article;
}

async function upsertNames(tx: Tx, model: "reporter" | "tag", names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const row =
      model === "reporter"
        ? await tx.reporter.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })
        : await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
    ids.push(row.id);
  }
  return ids;
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}

/** The first sentences of a text, cut at a sentence end near `max` characters. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}
