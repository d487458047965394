import "server-only";
import { db } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { dayOf, hourOf } from "@/lib/views/time-buckets";
import { addCounters, COUNTER_COLUMNS, emptyCounters, DEPTH_COLUMNS, DEVICE_COLUMNS, REFERRER_COLUMNS, type Counters } from "@/lib/views/view-counters";
import type { Rng } from "./rng";

// Believable readership for the demo and the benchmark: every article
// published in the last `days` days gets hourly rows shaped like a news
// story's life (a peak in its first hours, a tail of a few views a day), with
// the referrer, device, APP and read-depth mix of a Chinese regional portal
// read mostly on phones from 微信 and 百度.

const REFERRER_MIX: [keyof typeof REFERRER_COLUMNS, number][] = [
  ["wechat", 0.3], ["baidu", 0.22], ["direct", 0.14], ["internal", 0.12], ["toutiao", 0.05], ["sogou", 0.03], ["so360", 0.025],
  ["shenma", 0.025], ["weibo", 0.02], ["qq", 0.02], ["douyin", 0.015], ["bing", 0.01], ["push", 0.01], ["other", 0.01],
];
const DEVICE_MIX: [keyof typeof DEVICE_COLUMNS, number][] = [["phone", 0.8], ["desktop", 0.15], ["tablet", 0.05]];
const DEPTH_SHARE: Record<keyof typeof DEPTH_COLUMNS, number> = { 25: 0.72, 50: 0.5, 75: 0.34, 100: 0.2 };
const PEAK_HOURS = 72;
const TAIL_DAYS = 30;
const ROWS_PER_TRANSACTION = 20_000;

function split<K extends string>(total: number, mix: [K, number][], rng: Rng): [K, number][] {
  let left = total;
  return mix.map(([key, share], i) => {
    const n = i === mix.length - 1 ? left : Math.min(left, Math.round(total * share * (0.7 + 0.6 * rng.next())));
    left -= n;
    return [key, n];
  });
}

function counters(views: number, rng: Rng): Counters {
  const c = Object.fromEntries(COUNTER_COLUMNS.map((k) => [k, 0])) as Counters;
  c.views = views;
  c.uniques = Math.max(1, Math.round(views * (0.8 + 0.15 * rng.next())));
  for (const [cls, n] of split(views, REFERRER_MIX, rng)) c[REFERRER_COLUMNS[cls]] = n;
  for (const [d, n] of split(views, DEVICE_MIX, rng)) c[DEVICE_COLUMNS[d]] = n;
  c.appViews = Math.round(views * 0.08 * rng.next() * 2);
  for (const [d, share] of Object.entries(DEPTH_SHARE)) c[DEPTH_COLUMNS[Number(d) as keyof typeof DEPTH_COLUMNS]] = Math.round(views * share);
  c.engagedSeconds = Math.round(views * (30 + 40 * rng.next()));
  return c;
}

/** An item's day from its hours: the same counters, but a reader of several hours is one reader of the day. */
function dayOfHours(hours: Counters[], rng: Rng): Counters {
  const day = emptyCounters();
  for (const h of hours) addCounters(day, h);
  const mostInOneHour = Math.max(...hours.map((h) => h.uniques));
  day.uniques = Math.max(mostInOneHour, Math.round(day.uniques * (0.85 + 0.1 * rng.next())));
  return day;
}

/** Writes hourly rows, and the daily rows beside them, for the articles published in the last `days` days; returns how many hourly rows. */
export async function seedReadership({ rng, days = 90, now = new Date(), log = () => {} }: { rng: Rng; days?: number; now?: Date; log?: (line: string) => void }): Promise<number> {
  const nowHour = hourOf(now.getTime());
  const articles = await db.article.findMany({
    where: { status: "published", publishedAt: { gte: new Date(now.getTime() - days * 86_400_000) } },
    select: { id: true, sectionId: true, authorId: true, publishedAt: true },
  });
  const started = Date.now();
  let rows: Record<string, number | string | null>[] = [];
  let dayRows: Record<string, number | string | null>[] = [];
  let written = 0;
  let writtenDays = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await db.$transaction([...insertRows("ViewHour", rows), ...insertRows("ViewDay", dayRows)]);
    written += rows.length;
    writtenDays += dayRows.length;
    rows = [];
    dayRows = [];
  };
  for (const a of articles) {
    const first = hourOf(a.publishedAt!.getTime());
    // Heavy-tailed: most stories gather hundreds of views, a few tens of thousands.
    const peak = Math.floor(5 + 2_000 * rng.next() ** 5);
    const hours = new Map<number, number>();
    for (let h = 0; h < PEAK_HOURS && first + h <= nowHour; h++) {
      const views = Math.round(peak * Math.exp(-h / 10) * (0.6 + 0.8 * rng.next()));
      if (views > 0) hours.set(first + h, views);
    }
    for (let d = 3; d < TAIL_DAYS && first + d * 24 <= nowHour; d++) {
      if (rng.chance(0.6)) hours.set(first + d * 24 + rng.int(0, 23), rng.int(1, 6));
    }
    const byDay = new Map<number, Counters[]>();
    for (const [hour, views] of hours) {
      if (hour > nowHour) continue;
      const c = counters(views, rng);
      const day = dayOf(hour * 3_600_000);
      rows.push({ hour, day, kind: "article", itemId: a.id, sectionId: a.sectionId, authorId: a.authorId, ...c });
      byDay.set(day, [...(byDay.get(day) ?? []), c]);
    }
    for (const [day, list] of byDay) dayRows.push({ day, kind: "article", itemId: a.id, sectionId: a.sectionId, authorId: a.authorId, ...dayOfHours(list, rng) });
    if (rows.length >= ROWS_PER_TRANSACTION) await flush();
  }
  await flush();
  log(`阅读数据：${articles.length} 篇文章的 ${written} 行小时数据、${writtenDays} 行每日数据（${days} 天），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return written;
}
