import { dayLabel, dayOf, parseDayLabel } from "./time-buckets";

// The periods /newsroom/stats offers, as China-time day buckets. Ranges of
// up to two days are charted by hour, longer ones by day; every range is
// compared with the same length of time just before it.

export const RANGE_KEYS = ["today", "7d", "30d", "custom"] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];
export const RANGE_LABELS: Record<RangeKey, string> = { today: "今天", "7d": "7天", "30d": "30天", custom: "自定义" };

/** The longest custom range. */
export const MAX_RANGE_DAYS = 400;

export type StatsRange = {
  key: RangeKey;
  /** First and last day, inclusive. */
  from: number;
  to: number;
  byHour: boolean;
  /** The same number of days just before. */
  previousFrom: number;
  previousTo: number;
};

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The range from the page's query; anything malformed falls back to today. */
export function parseStatsRange(params: Params, now = Date.now()): StatsRange {
  const today = dayOf(now);
  const key = RANGE_KEYS.find((k) => k === one(params.range)) ?? "today";
  let from = today;
  let to = today;
  if (key === "7d") from = today - 6;
  if (key === "30d") from = today - 29;
  if (key === "custom") {
    const a = parseDayLabel(one(params.from));
    const b = parseDayLabel(one(params.to));
    if (a !== null && b !== null && a <= b && b <= today && b - a < MAX_RANGE_DAYS) [from, to] = [a, b];
  }
  const days = to - from + 1;
  return { key, from, to, byHour: days <= 2, previousFrom: from - days, previousTo: from - 1 };
}

/** The range's query string, for links and the CSV export. */
export function rangeQuery(range: StatsRange): string {
  return range.key === "custom" ? `range=custom&from=${dayLabel(range.from)}&to=${dayLabel(range.to)}` : `range=${range.key}`;
}

/** Today's date in China ("2026-12-06"), the latest day a custom range may end on. */
export function todayLabel(now = Date.now()): string {
  return dayLabel(dayOf(now));
}
