import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleListItem, Paginated } from "@/lib/view-types";
import { listItemSelect, toListItem } from "./article-shapes";
import { paginate } from "@/lib/data/paginate";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

export const ARTICLES_PER_PAGE = 20;

type PageOptions = {
  /** Limit to one section; all news sections when absent. */
  sectionId?: number;
  page: number;
  perPage?: number;
};

/**
 * One page of published articles, newest first. Null when the page number is
 * past the end (page 1 of an empty list is an empty page, not null).
 */
export async function findArticlePage({
  sectionId,
  page,
  perPage = ARTICLES_PER_PAGE,
}: PageOptions): Promise<Paginated<ArticleListItem> | null> {
  const where = { status: STATUS.published, ...(sectionId ? { sectionId } : {}) };
  return paginate({
    page,
    perPage,
    count: () => db.article.count({ where }),
    rows: (window) => db.article.findMany({ where, orderBy: NEWEST_FIRST, ...window, select: listItemSelect }),
    toItem: toListItem,
  });
}

/** Section pages are tagged with the section, /news with every article list. */
export const getArticlePage = cachedQuery(
  "article-page",
  (options: PageOptions & { sectionSlug?: string }) => findArticlePage(options),
  (options) => [options.sectionSlug ? cacheTags.section(options.sectionSlug) : cacheTags.articles],
);

/** The newest published articles of a section (or of all), for homepage blocks. */
export async function findLatestArticles({ sectionId, limit }: { sectionId?: number; limit: number }) {
  const rows = await db.article.findMany({
    where: { status: STATUS.published, ...(sectionId ? { sectionId } : {}) },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: listItemSelect,
  });
  return rows.map(toListItem);
}

/** Ids of the newest articles, prerendered at build time. */
export async function findRecentArticleIds(limit: number): Promise<number[]> {
  const rows = await db.article.findMany({
    where: { status: STATUS.published },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
