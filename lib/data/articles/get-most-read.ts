import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleListItem } from "@/lib/view-types";
import { listItemSelect, PUBLISHED, toListItem } from "./article-shapes";

const MOST_READ_WINDOW_DAYS = 30;

/** The most viewed articles of the last month; all-time when the month is quiet. */
export async function findMostRead(limit: number): Promise<ArticleListItem[]> {
  const since = new Date(Date.now() - MOST_READ_WINDOW_DAYS * 86_400_000);
  const recent = await db.article.findMany({
    where: { status: PUBLISHED, publishedAt: { gte: since } },
    orderBy: [{ viewCount: "desc" }, { id: "desc" }],
    take: limit,
    select: listItemSelect,
  });
  if (recent.length >= limit) return recent.map(toListItem);
  const allTime = await db.article.findMany({
    where: { status: PUBLISHED },
    orderBy: [{ viewCount: "desc" }, { id: "desc" }],
    take: limit,
    select: listItemSelect,
  });
  return allTime.map(toListItem);
}

// Ranks move slowly: refreshed every ten minutes, and at once when an
// article is withdrawn (the newsroom revalidates the tag).
export const getMostRead = cachedQuery("most-read", findMostRead, () => [cacheTags.mostRead], 600);
