import "server-only";
import { db } from "@/lib/db/client";

// Per-address limits over a sliding window, counted in the database
// (LoginAttempt rows under their own key, like the sign-in throttle), so
// every instance sees the same count. Rows older than a day are pruned by
// the hourly housekeeping, so no window may be longer than a day.

/** Seconds to wait before `key` may act again; 0 when it may now. */
export async function windowWaitSeconds(key: string, limit: number, windowMs: number, now = Date.now()): Promise<number> {
  const recent = await db.loginAttempt.findMany({
    where: { key, createdAt: { gte: new Date(now - windowMs) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
    take: limit,
  });
  if (recent.length < limit) return 0;
  return Math.max(1, Math.ceil((recent[limit - 1].createdAt.getTime() + windowMs - now) / 1000));
}

/** Counts one more action of `key`. */
export async function recordInWindow(key: string) {
  await db.loginAttempt.create({ data: { key, success: true } });
}
