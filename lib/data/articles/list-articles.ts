import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleListItem, Paginated } from "@/lib/view-types";
import { listItemSelect, PUBLISHED, toListItem } from "./article-shapes";

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
  if (!Number.isSafeInteger(page) || page < 1) return null;
  const where = { status: PUBLISHED, ...(sectionId ? { sectionId } : {}) };
  const total = await db.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  if (page > pageCount) return null;
  const rows = await db.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * perPage,
    take: perPage,
    select: listItemSelect,
  });
  return { items: rows.map(toListItem), page, pageCount, total };
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
    where: { status: PUBLISHED, ...(sectionId ? { sectionId } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: listItemSelect,
  });
  return rows.map(toListItem);
}

/** Ids of the newest articles, prerendered at build time. */
export async function findRecentArticleIds(limit: number): Promise<number[]> {
  const rows = await db.article.findMany({
    where: { status: PUBLISHED },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
