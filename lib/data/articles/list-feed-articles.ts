import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

export const FEED_SIZE = 50;

/** What an RSS item needs; dates as ISO strings (cached reads are JSON). */
export type FeedArticle = {
  id: number;
  title: string;
  summary: string;
  publishedAt: string;
  /** When its text last changed (a save or a 更正); not moved by view counts. */
  modifiedAt: string;
  section: { slug: string; name: string };
};

type FeedOptions = {
  /** Limit to one section; every section when absent. */
  sectionId?: number;
  limit?: number;
};

/** The newest published articles for a feed, newest first. */
export async function findFeedArticles({ sectionId, limit = FEED_SIZE }: FeedOptions = {}): Promise<FeedArticle[]> {
  const rows = await db.article.findMany({
    where: { status: STATUS.published, ...(sectionId ? { sectionId } : {}) },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { id: true, title: true, summary: true, publishedAt: true, modifiedAt: true, section: { select: { slug: true, name: true } } },
  });
  return rows.map(({ modifiedAt, ...r }) => ({
    ...r,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
    modifiedAt: (modifiedAt ?? r.publishedAt ?? new Date(0)).toISOString(),
  }));
}

/**
 * Tagged as the lists they mirror (see getArticlePage), so that publishing
 * or withdrawing reaches the feeds at once. The site feed also names every
 * item's section, so renaming a section (tag `sections`) refreshes it too.
 */
export const getFeedArticles = cachedQuery(
  "feed-articles",
  (options: FeedOptions & { sectionSlug?: string }) => findFeedArticles(options),
  (options) => (options.sectionSlug ? [cacheTags.section(options.sectionSlug)] : [cacheTags.articles, cacheTags.sections]),
  300,
);
