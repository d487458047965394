import "server-only";
import { readershipScope, scopeCovers } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/date";
import { REFERRER_CLASSES, REFERRER_LABELS } from "@/lib/views/referrer-class";
import { percent } from "@/lib/views/stats-table";
import { dayLabel, dayOf, hourLabel, hourOf } from "@/lib/views/time-buckets";
import type { ItemReadership } from "@/lib/views/stats-types";
import { REFERRER_COLUMNS } from "@/lib/views/view-counters";
import { depthTable } from "./get-readership-overview";
import { sumByTime, sumCounters } from "./sum-rows";

/** Hours charted one by one after publishing; then days. */
const HOURLY_FIRST_HOURS = 48;


/** An article's readership since publishing, for its newsroom page; null when the actor's scope does not cover it. */
export async function findItemReadership(actor: Actor, id: number, now = Date.now()): Promise<ItemReadership | null> {
  const scope = readershipScope(actor);
  const article = await db.article.findUnique({ where: { id }, select: { id: true, sectionId: true, authorId: true, publishedAt: true, pushedAt: true, pushSent: true } });
  if (!scope || !article || !article.publishedAt || !scopeCovers(scope, { kind: "article", ...article })) return null;

  const item = { kind: "article", itemId: id };
  const all = { all: true } as const;
  const life = { from: dayOf(article.publishedAt.getTime()), to: dayOf(now) };
  const firstHour = hourOf(article.publishedAt.getTime());
  const [counters, hours, days, hosts] = await Promise.all([
    sumCounters(all, life, item),
    sumByTime(all, life, true, item),
    sumByTime(all, life, false, item),
    db.viewReferrerDay.groupBy({ by: ["host"], where: { ...item }, _sum: { views: true }, orderBy: { _sum: { views: "desc" } }, take: 10 }),
  ]);

  // Hourly for the first 48 hours, then the days after them.
  const byHour = new Map(hours.map((h) => [h.bucket, h]));
  const byDay = new Map(days.map((d) => [d.bucket, d]));
  const trend: (string | number)[][] = [];
  const lastHour = Math.min(firstHour + HOURLY_FIRST_HOURS - 1, hourOf(now));
  for (let h = firstHour; h <= lastHour; h++) trend.push([hourLabel(h), byHour.get(h)?.views ?? 0, byHour.get(h)?.uniques ?? 0]);
  if (hourOf(now) > lastHour) {
    // The day the hourly part ends in is shown by its remaining hours' sum, so nothing is counted twice.
    const cutDay = dayOf((lastHour + 1) * 3_600_000);
    const rest = hours.filter((h) => h.bucket > lastHour && dayOf(h.bucket * 3_600_000) === cutDay);
    trend.push([`${dayLabel(cutDay)}（其余）`, rest.reduce((n, h) => n + h.views, 0), rest.reduce((n, h) => n + h.uniques, 0)]);
    for (let d = cutDay + 1; d <= life.to; d++) trend.push([dayLabel(d), byDay.get(d)?.views ?? 0, byDay.get(d)?.uniques ?? 0]);
  }

  let push: ItemReadership["push"] = null;
  if (article.pushedAt) {
    const pushedHour = hourOf(article.pushedAt.getTime());
    push = {
      pushedAt: formatDateTime(article.pushedAt),
      sent: article.pushSent,
      opens: counters.refPush,
      openRate: percent(counters.refPush, article.pushSent),
      viewsHourBefore: byHour.get(pushedHour - 1)?.views ?? 0,
      viewsHourAfter: byHour.get(pushedHour + 1)?.views ?? 0,
    };
  }
  const views = counters.views;
  return {
    views,
    uniques: counters.uniques,
    avgEngagedSeconds: views > 0 ? Math.round(counters.engagedSeconds / views) : 0,
    push,
    tables: [
      { id: "item-trend", title: "发布以来的浏览（48小时内按小时，之后按天）", columns: ["时间", "浏览", "读者"], rows: trend, chart: "line" },
      {
        id: "item-referrers",
        title: "来源",
        columns: ["来源", "浏览", "占比"],
        rows: [
          ...REFERRER_CLASSES.filter((c) => counters[REFERRER_COLUMNS[c]] > 0).map((c) => [REFERRER_LABELS[c], counters[REFERRER_COLUMNS[c]], percent(counters[REFERRER_COLUMNS[c]], views)]),
          ...hosts.map((h) => [`其他网站：${h.host}`, h._sum.views ?? 0, percent(h._sum.views ?? 0, views)]),
        ],
        chart: "bar",
      },
      { ...depthTable(counters), id: "item-depth" },
    ],
  };
}
