import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { STATUS } from "@/lib/content/status";

// The sitemap's reads: how many articles there are (to know how many
// sitemaps to split them into) and one sitemap's slice of them, by id.

export async function countPublishedArticles(): Promise<number> {
  return db.article.count({ where: { status: STATUS.published } });
}

export const getPublishedArticleCount = cachedQuery("published-article-count", countPublishedArticles, () => [
  cacheTags.articles,
]);

/**
 * [article id, last change in ms since the epoch]. Tuples rather than
 * objects because a sitemap holds up to 45,000 of them and Next's data cache
 * refuses entries over 2 MB; this way a full slice stays near 1 MB.
 */
export type SitemapEntry = [id: number, modifiedAtMs: number];

/** Published articles in id order (ids never change, so slices are stable). */
export async function findSitemapArticles({ offset, limit }: { offset: number; limit: number }): Promise<SitemapEntry[]> {
  if (limit <= 0) return [];
  const rows = await db.article.findMany({
    where: { status: STATUS.published },
    orderBy: { id: "asc" },
    skip: offset,
    take: limit,
    select: { id: true, modifiedAt: true, publishedAt: true },
  });
  // The text's own last change: updatedAt also moves with every flush of view counts.
  return rows.map((r) => [r.id, Math.max(r.modifiedAt?.getTime() ?? 0, r.publishedAt?.getTime() ?? 0)]);
}

export const getSitemapArticles = cachedQuery("sitemap-articles", findSitemapArticles, () => [cacheTags.articles]);
