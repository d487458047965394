import { formatDate, parseChinaDateTime } from "@/lib/format/date";

// A post is open until the end of its closing day (截止日期) in China.

/** Whether the post is past its closing time at `now`. */
export function isJobExpired(job: { expiresAt: string }, now = Date.now()): boolean {
  return Date.parse(job.expiresAt) <= now;
}

/** "2026-12-31" → 2026-12-31 23:59:59 China time; null for anything that is not a date. */
export function closingTimeOf(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = parseChinaDateTime(`${day} 23:59:59`);
  // Date.UTC rolls 2026-02-31 over into March: such a day does not exist.
  return date && formatDate(date) === day ? date : null;
}

/** The closing day of a stored closing time, for the date input. */
export function closingDayOf(expiresAt: Date): string {
  return formatDate(expiresAt);
}

export const MAX_PUBLIC_JOB_DAYS = 90;
export const MAX_NEWSROOM_JOB_DAYS = 366;
