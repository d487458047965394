import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleListItem } from "@/lib/view-types";
import { listItemSelect, toListItem } from "./article-shapes";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

type RelatedOptions = { id: number; sectionId: number; sectionSlug: string; tags: string[]; limit?: number };

// How many tagged candidates to score; the newest ones win ties anyway.
const CANDIDATE_LIMIT = 400;

/**
 * 相关新闻: articles sharing the most terms (tags) with this one, with a bonus
 * for the same section, newest first among equals; topped up with the
 * section's latest so the list is never empty while the section has other
 * articles. Never the article itself.
 */
export async function findRelatedArticles({ id, sectionId, tags, limit = 6 }: RelatedOptions): Promise<ArticleListItem[]> {
  const scores = new Map<number, number>();
  if (tags.length > 0) {
    const shared = await db.articleTag.findMany({
      where: { tag: { name: { in: tags } }, articleId: { not: id }, article: { status: STATUS.published } },
      orderBy: { articleId: "desc" },
      take: CANDIDATE_LIMIT,
      select: { articleId: true, article: { select: { sectionId: true } } },
    });
    // Two points per shared term, one more for being in the same section.
    for (const row of shared) {
      const start = scores.get(row.articleId) ?? (row.article.sectionId === sectionId ? 1 : 0);
      scores.set(row.articleId, start + 2);
    }
  }
  const ranked = [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([articleId]) => articleId);

  const picked = ranked.length
    ? await db.article.findMany({ where: { id: { in: ranked } }, select: listItemSelect })
    : [];
  const byId = new Map(picked.map((row) => [row.id, row]));
  const result = ranked.flatMap((rid) => (byId.has(rid) ? [toListItem(byId.get(rid)!)] : []));

  if (result.length < limit) {
    const fill = await db.article.findMany({
      where: { status: STATUS.published, sectionId, id: { notIn: [id, ...ranked] } },
      orderBy: NEWEST_FIRST,
      take: limit - result.length,
      select: listItemSelect,
    });
    result.push(...fill.map(toListItem));
  }
  return result;
}

export const getRelatedArticles = cachedQuery("related", findRelatedArticles, (o) => [
  cacheTags.section(o.sectionSlug),
  cacheTags.article(o.id),
]);
