import "server-only";
import { db } from "@/lib/db/client";
import { KEY_LOCK_TRANSACTION, lockKeys } from "@/lib/db/key-lock";

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

export type SubscribeSlot = { granted: true; release: () => Promise<void> } | { granted: false; wait: number };

/**
 * Claims one of the address's new subscriptions, safe when many arrive at
 * once: counting the window's claims and writing this one are one step per
 * address (lib/db/key-lock.ts); reading first and writing after the save let
 * a burst through. A granted claim is released when no subscription came of
 * it. `wait`: seconds before this address may add another.
 */
export async function claimSubscribeSlot(ip: string, now = Date.now()): Promise<SubscribeSlot> {
  const limit = subscribeLimit();
  const key = keyFor(ip);
  const claim = await db.$transaction(async (tx) => {
    await lockKeys(tx, [key]);
    const recent = await tx.loginAttempt.findMany({
      where: { key, createdAt: { gte: new Date(now - WINDOW_MS) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
      take: limit,
    });
    if (recent.length >= limit) return { id: null, wait: Math.max(1, Math.ceil((recent[limit - 1].createdAt.getTime() + WINDOW_MS - now) / 1000)) };
    return { id: (await tx.loginAttempt.create({ data: { key, success: true }, select: { id: true } })).id, wait: 0 };
  }, KEY_LOCK_TRANSACTION);
  const { id } = claim;
  if (id === null) return { granted: false, wait: claim.wait };
  return {
    granted: true,
    release: async () => {
      await db.loginAttempt.deleteMany({ where: { id } });
    },
  };
}
