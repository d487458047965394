import "server-only";
import type { ReadershipScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/date";
import { DEVICE_CLASSES, DEVICE_LABELS } from "@/lib/views/device-class";
import { REFERRER_CLASSES, REFERRER_LABELS } from "@/lib/views/referrer-class";
import type { StatsRange } from "@/lib/views/stats-range";
import { percent, type StatsTable } from "@/lib/views/stats-table";
import { dayLabel, dayStart, firstHourOfDay, hourLabel } from "@/lib/views/time-buckets";
import { DEPTH_COLUMNS, DEPTHS, DEVICE_COLUMNS, REFERRER_COLUMNS, type Counters } from "@/lib/views/view-counters";
import { VIEW_KIND_LABELS, VIEW_KINDS, type ViewKind } from "@/lib/views/view-kinds";
import { itemLabels } from "./item-labels";
import { sumByItem, sumByTime, sumCounters } from "./sum-rows";
import { scopeWhere } from "./scope-where";

export type OverviewTotals = {
  views: number;
  uniques: number;
  previousViews: number;
  previousUniques: number;
  avgEngagedSeconds: number;
  appShare: string;
};

export type ReadershipOverview = {
  totals: OverviewTotals;
  tables: StatsTable[];
  /** Newsroom and public links of the top items, by row. */
  topLinks: { href: string; newsroomHref: string | null }[];
};

const TOP_ITEMS = 20;

/** Everything /newsroom/stats shows for a range, in the reader's scope. */
export async function findReadershipOverview(scope: ReadershipScope, range: StatsRange, options: { searchMisses: boolean }): Promise<ReadershipOverview> {
  const current = { from: range.from, to: range.to };
  const previous = { from: range.previousFrom, to: range.previousTo };
  const [counters, previousCounters, items, series, previousSeries, hosts, pushed, misses] = await Promise.all([
    sumCounters(scope, current),
    sumCounters(scope, previous),
    sumByItem(scope, current),
    sumByTime(scope, current, range.byHour),
    sumByTime(scope, previous, range.byHour),
    db.viewReferrerDay.groupBy({
      by: ["host"],
      where: { ...scopeWhere(scope), day: { gte: range.from, lte: range.to } },
      _sum: { views: true },
      orderBy: { _sum: { views: "desc" } },
      take: 20,
    }),
    pushedArticles(scope, range),
    options.searchMisses
      ? db.searchMiss.groupBy({ by: ["query"], where: { day: { gte: range.from, lte: range.to } }, _sum: { count: true }, orderBy: { _sum: { count: "desc" } }, take: 30 })
      : Promise.resolve([]),
  ]);

  const top = [...items].sort((a, b) => b.views - a.views || b.itemId - a.itemId).slice(0, TOP_ITEMS);
  const labels = await itemLabels(top.map((i) => `${i.kind}:${i.itemId}`));
  const names = await namesFor(items);
  const views = counters.views;

  const tables: StatsTable[] = [
    trendTable(range, series, previousSeries),
    {
      id: "top",
      title: "热门内容",
      columns: ["排名", "标题", "频道", "浏览", "读者"],
      rows: top.map((i, n) => [n + 1, labels.get(`${i.kind}:${i.itemId}`)?.title ?? `#${i.itemId}`, VIEW_KIND_LABELS[i.kind as ViewKind] ?? i.kind, i.views, i.uniques]),
      chart: "none",
    },
    groupTable("channels", "按频道", "频道", items, (i) => VIEW_KIND_LABELS[i.kind as ViewKind] ?? i.kind, VIEW_KINDS.map((k) => VIEW_KIND_LABELS[k])),
    groupTable("sections", "按栏目", "栏目", items.filter((i) => i.kind !== "job"), (i) => (i.sectionId === null ? "（无栏目）" : (names.sections.get(i.sectionId) ?? `#${i.sectionId}`))),
    groupTable("authors", "按作者", "作者", items.filter((i) => i.kind !== "job"), (i) => (i.authorId === null ? "（未记录）" : (names.authors.get(i.authorId) ?? `#${i.authorId}`))),
    {
      id: "referrers",
      title: "来源",
      columns: ["来源", "浏览", "占比"],
      rows: REFERRER_CLASSES.map((c) => [REFERRER_LABELS[c], counters[REFERRER_COLUMNS[c]], percent(counters[REFERRER_COLUMNS[c]], views)]),
      chart: "bar",
    },
    {
      id: "hosts",
      title: "其他网站",
      columns: ["网站", "浏览"],
      rows: hosts.map((h) => [h.host, h._sum.views ?? 0]),
      chart: "none",
    },
    {
      id: "devices",
      title: "设备",
      columns: ["设备", "浏览", "占比"],
      rows: DEVICE_CLASSES.map((d) => [DEVICE_LABELS[d], counters[DEVICE_COLUMNS[d]], percent(counters[DEVICE_COLUMNS[d]], views)]),
      chart: "pie",
    },
    {
      id: "app",
      title: "APP 与浏览器",
      columns: ["打开方式", "浏览", "占比"],
      rows: [
        ["已安装的 APP", counters.appViews, percent(counters.appViews, views)],
        ["浏览器", views - counters.appViews, percent(views - counters.appViews, views)],
      ],
      chart: "pie",
    },
    depthTable(counters),
    {
      id: "push",
      title: "推送：发送 → 打开",
      columns: ["文章", "推送时间", "送达", "打开", "打开率"],
      rows: pushed.map((p) => [p.title, p.pushedAt, p.sent, p.opens, percent(p.opens, p.sent)]),
      chart: "none",
    },
  ];
  if (options.searchMisses) {
    tables.push({ id: "search-misses", title: "零结果搜索", columns: ["搜索词", "次数"], rows: misses.map((m) => [m.query, m._sum.count ?? 0]), chart: "none" });
  }

  return {
    totals: {
      views,
      uniques: counters.uniques,
      previousViews: previousCounters.views,
      previousUniques: previousCounters.uniques,
      avgEngagedSeconds: views > 0 ? Math.round(counters.engagedSeconds / views) : 0,
      appShare: percent(counters.appViews, views),
    },
    tables,
    topLinks: top.map((i) => {
      const l = labels.get(`${i.kind}:${i.itemId}`);
      return { href: l?.href ?? "#", newsroomHref: l?.newsroomHref ?? null };
    }),
  };
}

/** Views by hour or day beside the previous period's, aligned by position. */
function trendTable(range: StatsRange, series: { bucket: number; views: number; uniques: number }[], previous: { bucket: number; views: number }[]): StatsTable {
  const current = new Map(series.map((s) => [s.bucket, s]));
  const before = new Map(previous.map((s) => [s.bucket, s.views]));
  const rows: (string | number)[][] = [];
  if (range.byHour) {
    const first = firstHourOfDay(range.from);
    const last = firstHourOfDay(range.to + 1) - 1;
    const shift = first - firstHourOfDay(range.previousFrom);
    const nowHour = Math.floor(Date.now() / 3_600_000);
    for (let h = first; h <= Math.min(last, nowHour); h++) rows.push([hourLabel(h), current.get(h)?.views ?? 0, current.get(h)?.uniques ?? 0, before.get(h - shift) ?? 0]);
  } else {
    const shift = range.from - range.previousFrom;
    for (let d = range.from; d <= range.to; d++) rows.push([dayLabel(d), current.get(d)?.views ?? 0, current.get(d)?.uniques ?? 0, before.get(d - shift) ?? 0]);
  }
  return { id: "trend", title: range.byHour ? "按小时浏览" : "按天浏览", columns: ["时间", "浏览", "读者", "上一周期浏览"], rows, chart: "line" };
}

function groupTable<T extends { views: number; uniques: number }>(id: string, title: string, label: string, items: T[], key: (i: T) => string, always: string[] = []): StatsTable {
  const groups = new Map<string, { views: number; uniques: number }>(always.map((k) => [k, { views: 0, uniques: 0 }]));
  for (const i of items) {
    const g = groups.get(key(i)) ?? { views: 0, uniques: 0 };
    g.views += i.views;
    g.uniques += i.uniques;
    groups.set(key(i), g);
  }
  const rows = [...groups.entries()].sort((a, b) => b[1].views - a[1].views).map(([k, g]) => [k, g.views, g.uniques]);
  return { id, title, columns: [label, "浏览", "读者"], rows, chart: "bar" };
}

/** The read-depth funnel: reads that reached each quarter of the body, against views. */
export function depthTable(counters: Counters): StatsTable {
  return {
    id: "depth",
    title: "阅读深度",
    columns: ["读到", "次数", "占浏览"],
    rows: [["打开", counters.views, percent(counters.views, counters.views)], ...DEPTHS.map((d) => [`${d}%`, counters[DEPTH_COLUMNS[d]], percent(counters[DEPTH_COLUMNS[d]], counters.views)])],
    chart: "bar",
  };
}

async function namesFor(items: { sectionId: number | null; authorId: number | null }[]) {
  const sectionIds = [...new Set(items.flatMap((i) => (i.sectionId === null ? [] : [i.sectionId])))];
  const authorIds = [...new Set(items.flatMap((i) => (i.authorId === null ? [] : [i.authorId])))];
  const [sections, authors] = await Promise.all([
    sectionIds.length ? db.section.findMany({ where: { id: { in: sectionIds } }, select: { id: true, name: true } }) : [],
    authorIds.length ? db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, displayName: true } }) : [],
  ]);
  return { sections: new Map(sections.map((s) => [s.id, s.name])), authors: new Map(authors.map((a) => [a.id, a.displayName])) };
}

/** Articles pushed in the range (in scope): subscriptions reached, and the views that came from the notification. */
async function pushedArticles(scope: ReadershipScope, range: StatsRange) {
  const articleScope = scope.all
    ? {}
    : { OR: [{ authorId: scope.authorId }, ...(scope.sectionIds.length ? [{ sectionId: { in: scope.sectionIds } }] : [])] };
  const rows = await db.article.findMany({
    where: { ...articleScope, pushedAt: { gte: dayStart(range.from), lt: dayStart(range.to + 1) } },
    orderBy: { pushedAt: "desc" },
    take: 50,
    select: { id: true, title: true, pushedAt: true, pushSent: true },
  });
  if (rows.length === 0) return [];
  const daily = await db.viewDay.groupBy({ by: ["itemId"], where: { kind: "article", itemId: { in: rows.map((r) => r.id) } }, _sum: { refPush: true } });
  const opens = new Map(daily.map((r) => [r.itemId, r._sum.refPush ?? 0]));
  return rows.map((r) => ({
    title: r.title,
    pushedAt: r.pushedAt ? formatDateTime(r.pushedAt) : "",
    sent: r.pushSent,
    opens: opens.get(r.id) ?? 0,
  }));
}
