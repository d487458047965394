import "server-only";
import { type ReadershipScope, scopeCovers } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { REFERRER_CLASSES, REFERRER_LABELS, type ReferrerClass } from "@/lib/views/referrer-class";
import { minuteOf } from "@/lib/views/time-buckets";
import { VIEW_KIND_LABELS, type ViewKind } from "@/lib/views/view-kinds";
import { viewStore } from "@/lib/views/view-store-instance";
import { itemLabels } from "./item-labels";
import type { LiveReadership } from "@/lib/views/stats-types";

/** 实时: readers and referrers over the last 5 minutes, sparklines over the last 30. */
export const LIVE_RECENT_MINUTES = 5;
export const LIVE_SPARK_MINUTES = 30;
const LIVE_ITEMS = 15;


/** What is being read now, in the reader's scope. */
export async function findLiveReadership(scope: ReadershipScope, now = Date.now()): Promise<LiveReadership> {
  const live = await (await viewStore()).readLive(minuteOf(now), LIVE_SPARK_MINUTES, LIVE_RECENT_MINUTES);
  const recent = new Map<string, number>();
  const total = new Map<string, number>();
  live.items.forEach(({ views }, i) => {
    for (const [item, n] of views) {
      total.set(item, (total.get(item) ?? 0) + n);
      if (i >= LIVE_SPARK_MINUTES - LIVE_RECENT_MINUTES) recent.set(item, (recent.get(item) ?? 0) + n);
    }
  });
  const inScope = await coveredItems(scope, [...total.keys()]);
  const ranked = [...inScope].sort((a, b) => (recent.get(b) ?? 0) - (recent.get(a) ?? 0) || (total.get(b) ?? 0) - (total.get(a) ?? 0)).slice(0, LIVE_ITEMS);
  const labels = await itemLabels(ranked);

  const referrers = new Map<ReferrerClass, number>(REFERRER_CLASSES.map((c) => [c, 0]));
  for (const [item, refs] of live.referrers) {
    if (!inScope.has(item)) continue;
    for (const [ref, n] of refs) if (referrers.has(ref as ReferrerClass)) referrers.set(ref as ReferrerClass, referrers.get(ref as ReferrerClass)! + n);
  }
  const scopedReads = [...inScope].reduce((n, item) => n + (recent.get(item) ?? 0), 0);
  return {
    readers: scope.all ? live.readers : scopedReads,
    readersAreDistinct: scope.all,
    items: ranked.map((key) => ({
      key,
      title: labels.get(key)?.title ?? key,
      channel: VIEW_KIND_LABELS[key.split(":")[0] as ViewKind] ?? "",
      href: labels.get(key)?.href ?? "#",
      recent: recent.get(key) ?? 0,
      spark: live.items.map(({ views }) => views.get(key) ?? 0),
    })),
    referrers: [...referrers.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([c, n]) => ({ label: REFERRER_LABELS[c], views: n })),
    at: new Date(now).toISOString(),
  };
}

/** The live item keys the scope covers (their section and creator read from the database). */
async function coveredItems(scope: ReadershipScope, keys: string[]): Promise<Set<string>> {
  if (scope.all) return new Set(keys);
  const ids = (kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.split(":")[1]));
  const select = { id: true, sectionId: true, authorId: true } as const;
  const [articles, sets, media] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids("article") } }, select }),
    db.photoSet.findMany({ where: { id: { in: ids("photos") } }, select }),
    db.mediaItem.findMany({ where: { id: { in: ids("media") } }, select }),
  ]);
  const covered = new Set<string>();
  for (const [kind, rows] of [["article", articles], ["photos", sets], ["media", media]] as const) {
    for (const r of rows) if (scopeCovers(scope, { kind, ...r })) covered.add(`${kind}:${r.id}`);
  }
  if (scope.jobs) for (const id of ids("job")) covered.add(`job:${id}`);
  return covered;
}
