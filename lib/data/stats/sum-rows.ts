import "server-only";
import type { ReadershipScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { COUNTER_COLUMNS, type Counters } from "@/lib/views/view-counters";
import { scopeWhere } from "./scope-where";

// The sums every stats read starts from. Every flush writes an item's day
// beside its hours, so the daily rows (ViewDay) hold every day, readers
// counted once per item and day; the hourly rows (ViewHour) only the last
// VIEW_HOURLY_DAYS, readers once per hour. Totals, items and days read the
// daily rows (a 30-day range is then a few rows per item rather than one per
// hour it was read in); only the by-hour chart of short ranges reads hours.

const sumAll = Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, true])) as Record<(typeof COUNTER_COLUMNS)[number], true>;

export type DayRange = { from: number; to: number };
type Extra = { kind?: string; itemId?: number };

function toCounters(sum: Partial<Record<string, number | null>>): Counters {
  return Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, sum[c] ?? 0])) as Counters;
}

/** Every counter summed over a range in scope. */
export async function sumCounters(scope: ReadershipScope, range: DayRange, extra: Extra = {}): Promise<Counters> {
  const where = { ...scopeWhere(scope), ...extra, day: { gte: range.from, lte: range.to } };
  const daily = await db.viewDay.aggregate({ where, _sum: sumAll });
  return toCounters(daily._sum);
}

export type ItemSum = { kind: string; itemId: number; sectionId: number | null; authorId: number | null; views: number; uniques: number };

/** Views and readers per item over a range in scope (the source of top items, channels, sections, authors). */
export async function sumByItem(scope: ReadershipScope, range: DayRange): Promise<ItemSum[]> {
  const where = { ...scopeWhere(scope), day: { gte: range.from, lte: range.to } };
  const by = ["kind", "itemId", "sectionId", "authorId"] as const;
  const _sum = { views: true, uniques: true } as const;
  const daily = await db.viewDay.groupBy({ by: [...by], where, _sum });
  const items = new Map<string, ItemSum>();
  for (const r of daily) {
    const key = `${r.kind}:${r.itemId}`;
    const into = items.get(key) ?? { kind: r.kind, itemId: r.itemId, sectionId: r.sectionId, authorId: r.authorId, views: 0, uniques: 0 };
    into.views += r._sum.views ?? 0;
    into.uniques += r._sum.uniques ?? 0;
    items.set(key, into);
  }
  return [...items.values()];
}

export type BucketSum = { bucket: number; views: number; uniques: number };

/** Views and readers per hour (hourly rows) or per day (daily rows). */
export async function sumByTime(scope: ReadershipScope, range: DayRange, byHour: boolean, extra: Extra = {}): Promise<BucketSum[]> {
  const where = { ...scopeWhere(scope), ...extra, day: { gte: range.from, lte: range.to } };
  const _sum = { views: true, uniques: true } as const;
  const out = new Map<number, BucketSum>();
  const add = (bucket: number, s: { views: number | null; uniques: number | null }) => {
    const into = out.get(bucket) ?? { bucket, views: 0, uniques: 0 };
    into.views += s.views ?? 0;
    into.uniques += s.uniques ?? 0;
    out.set(bucket, into);
  };
  if (byHour) {
    for (const r of await db.viewHour.groupBy({ by: ["hour"], where, _sum })) add(r.hour, r._sum);
  } else {
    for (const r of await db.viewDay.groupBy({ by: ["day"], where, _sum })) add(r.day, r._sum);
  }
  return [...out.values()];
}

