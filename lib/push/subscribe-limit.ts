import "server-only";
import { db } from "@/lib/db/client";

// New subscriptions per address, counted in the database (LoginAttempt rows
// under their own key, like the sign-in and 在线投稿 limits) so every
// instance sees the same count. Generous: a household or an office shares an
// address, and changing one's sections does not count.
const WINDOW_MS = 10 * 60_000;

export function subscribeLimit(env: Record<string, string | undefined> = process.env): number {
  const value = env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN?.trim();
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 20;
}

const keyFor = (ip: string) => `push-subscribe:${ip || "unknown"}`;

/** Seconds to wait before this address may add another subscription; 0 when it may now. */
export async function subscribeWaitSeconds(ip: string, now = Date.now()): Promise<number> {
  const limit = subscribeLimit();
  const recent = await db.loginAttempt.findMany({
    where: { key: keyFor(ip), createdAt: { gte: new Date(now - WINDOW_MS) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
    take: limit,
  });
  if (recent.length < limit) return 0;
  return Math.max(1, Math.ceil((recent[limit - 1].createdAt.getTime() + WINDOW_MS - now) / 1000));
}

export async function recordSubscribe(ip: string) {
  await db.loginAttempt.create({ data: { key: keyFor(ip), success: true } });
}
