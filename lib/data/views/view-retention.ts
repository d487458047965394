import "server-only";
import { db } from "@/lib/db/client";
import { dayOf } from "@/lib/views/time-buckets";

export type Retention = { hourlyDays: number; dailyDays: number };

/**
 * Retention. Every flush writes an item's day beside its hours (ViewDay, with
 * readers counted once per day), so hourly rows older than `hourlyDays` hold
 * nothing the daily rows lack and are simply deleted: adding them up into
 * days again would count them twice. Several instances may do this at once;
 * a row deleted twice is deleted once. Daily rows, other-site referrers and
 * zero-result searches older than `dailyDays` are deleted (0 keeps them for
 * good). Returns the hourly rows deleted.
 */
export async function applyViewRetention({ hourlyDays, dailyDays }: Retention, now = Date.now()): Promise<number> {
  const { count } = await db.viewHour.deleteMany({ where: { day: { lt: dayOf(now) - hourlyDays } } });
  if (dailyDays > 0) {
    const dailyCutoff = dayOf(now) - dailyDays;
    await db.$transaction([
      db.viewDay.deleteMany({ where: { day: { lt: dailyCutoff } } }),
      db.viewReferrerDay.deleteMany({ where: { day: { lt: dailyCutoff } } }),
      db.searchMiss.deleteMany({ where: { day: { lt: dailyCutoff } } }),
    ]);
  }
  return count;
}
