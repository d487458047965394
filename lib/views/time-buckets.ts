// Readership is kept in integer buckets so that the same SQL works on SQLite
// and PostgreSQL without date functions: an hour is counted from the Unix
// epoch in UTC, a day from the epoch in China Standard Time (UTC+8, no
// daylight saving), which is the newsroom's day.
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * HOUR_MS;

/** The hour bucket of an instant. */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

/** The China-time day of an instant. */
export function dayOf(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

/** The China-time day an hour bucket falls in. */
export function dayOfHour(hour: number): number {
  return dayOf(hour * HOUR_MS);
}

export function hourStart(hour: number): Date {
  return new Date(hour * HOUR_MS);
}

/** 00:00 China time of a day. */
export function dayStart(day: number): Date {
  return new Date(day * DAY_MS - CHINA_OFFSET_MS);
}

/** The first hour bucket of a China-time day. */
export function firstHourOfDay(day: number): number {
  return hourOf(dayStart(day).getTime());
}

/** The minute bucket, for the live (实时) counters. */
export function minuteOf(ms: number): number {
  return Math.floor(ms / 60_000);
}

/** "2026-12-06" for a day bucket, as China reads it. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "12-06 14:00" (China time) for an hour bucket. */
export function hourLabel(hour: number): string {
  const shifted = new Date(hour * HOUR_MS + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(5, 10)} ${shifted.slice(11, 16)}`;
}

/** The day bucket of a "YYYY-MM-DD" date typed in China, or null when it is not a real date. */
export function parseDayLabel(label: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(label)) return null;
  const ms = Date.parse(`${label}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== label) return null;
  return ms / DAY_MS;
}
