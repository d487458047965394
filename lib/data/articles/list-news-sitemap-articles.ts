import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { NEWS_SITEMAP_MAX, NEWS_SITEMAP_WINDOW_MS } from "@/lib/feeds/sitemaps";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

export type NewsSitemapArticle = { id: number; title: string; publishedAt: string };

/** Articles published in the last 48 hours, newest first, at most 1,000 (Google News' rules). */
export async function findNewsSitemapArticles(now = new Date()): Promise<NewsSitemapArticle[]> {
  const rows = await db.article.findMany({
    where: { status: STATUS.published, publishedAt: { gte: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS), lte: now } },
    orderBy: NEWEST_FIRST,
    take: NEWS_SITEMAP_MAX,
    select: { id: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ ...r, publishedAt: (r.publishedAt ?? now).toISOString() }));
}

// No arguments, so "now" is the time of the read; the 48-hour window slides,
// so the entry also expires after five minutes, not only on publication.
export const getNewsSitemapArticles = cachedQuery("news-sitemap-articles", () => findNewsSitemapArticles(), () => [cacheTags.articles], 300);
