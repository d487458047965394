import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleListItem } from "@/lib/view-types";
import { hourOf } from "@/lib/views/time-buckets";
import { STATUS } from "@/lib/content/status";
import { listItemSelect, toListItem } from "./article-shapes";

/** 热点排行's windows, in hours: the last day, and the week beside it. */
export const MOST_READ_WINDOWS = { day: 24, week: 24 * 7 } as const;
export type MostReadWindow = keyof typeof MOST_READ_WINDOWS;

/**
 * The most viewed published articles of the last 24 hours (or 7 days), from
 * the hourly rows; `viewCount` is the window's views. A quiet day is filled
 * up from the week, a quiet week from the all-time counters of the last
 * month, so the list is never empty on a small site.
 */
export async function findMostRead(limit: number, window: MostReadWindow = "day", now = Date.now()): Promise<ArticleListItem[]> {
  const ranked = await rankedInWindow(limit, MOST_READ_WINDOWS[window], now);
  if (ranked.length >= limit) return ranked;
  const filler = window === "day" ? await findMostRead(limit, "week", now) : await allTimeOfLastMonth(limit, now);
  const seen = new Set(ranked.map((a) => a.id));
  return [...ranked, ...filler.filter((a) => !seen.has(a.id)).map((a) => ({ ...a, viewCount: window === "day" ? 0 : a.viewCount }))].slice(0, limit);
}

async function rankedInWindow(limit: number, hours: number, now: number): Promise<ArticleListItem[]> {
  const sums = await db.viewHour.groupBy({
    by: ["itemId"],
    where: { kind: "article", hour: { gt: hourOf(now) - hours } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: "desc" } }, { itemId: "desc" }],
    // A few more than needed: an article withdrawn since is dropped below.
    take: limit + 10,
  });
  if (sums.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: sums.map((s) => s.itemId) }, status: STATUS.published }, select: listItemSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return sums
    .filter((s) => byId.has(s.itemId))
    .slice(0, limit)
    .map((s) => ({ ...toListItem(byId.get(s.itemId)!), viewCount: s._sum.views ?? 0 }));
}

async function allTimeOfLastMonth(limit: number, now: number): Promise<ArticleListItem[]> {
  const rows = await db.article.findMany({
    where: { status: STATUS.published, publishedAt: { gte: new Date(now - 30 * 86_400_000) } },
    orderBy: [{ viewCount: "desc" }, { id: "desc" }],
    take: limit,
    select: listItemSelect,
  });
  return rows.map(toListItem);
}

// Refreshed every five minutes from the hourly rows, which the view counter
// writes every few seconds: cached pages pick the new ranks up on their next
// regeneration, and no page turns dynamic. A withdrawal expires the tag at once.
export const getMostRead = cachedQuery("most-read", findMostRead, () => [cacheTags.mostRead], 300);
