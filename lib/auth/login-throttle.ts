import "server-only";
import { db } from "@/lib/db/client";
import { KEY_LOCK_TRANSACTION, lockKeys } from "@/lib/db/key-lock";
import type { Prisma } from "@/lib/generated/prisma/client";

// Slows password guessing, per account and per address, across every
// instance (the attempts live in the database, not in one process's memory).
// Up to FREE_FAILURES failures in the window cost nothing; after that each
// further try must wait, doubling from 30 seconds up to 15 minutes.
const FREE_FAILURES = 5;
const WINDOW_MS = 60 * 60_000;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function throttleKeys(username: string, ip: string): string[] {
  return [`user:${username.trim().toLowerCase()}`, `ip:${ip || "unknown"}`];
}

async function verdictFor(client: Prisma.TransactionClient, key: string, now: number): Promise<ThrottleVerdict> {
  const since = new Date(now - WINDOW_MS);
  const lastSuccess = await client.loginAttempt.findFirst({
    where: { key, success: true, createdAt: { gte: since } },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  const failures = await client.loginAttempt.findMany({
    where: { key, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { id: "desc" },
    select: { createdAt: true },
    take: 50,
  });
  if (failures.length < FREE_FAILURES) return { allowed: true };
  const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures.length - FREE_FAILURES));
  const until = failures[0].createdAt.getTime() + wait;
  return until <= now ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) };
}

/** Whether a sign-in may be tried now; the longest wait of the keys wins. */
export async function checkLoginThrottle(keys: string[], now = Date.now(), client: Prisma.TransactionClient = db): Promise<ThrottleVerdict> {
  let worst: ThrottleVerdict = { allowed: true };
  for (const key of keys) {
    const v = await verdictFor(client, key, now);
    if (!v.allowed && (worst.allowed || v.retryAfterSeconds > worst.retryAfterSeconds)) worst = v;
  }
  return worst;
}

export async function recordLoginAttempt(keys: string[], success: boolean) {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, success })) });
}

export type ThrottledAttempt = { allowed: false; retryAfterSeconds: number } | { allowed: true; ok: boolean };

/**
 * One sign-in attempt under the throttle, safe when many arrive at once:
 * counting the earlier attempts and writing this one (as a failure, until it
 * succeeds) are one step per account and address (lib/db/key-lock.ts), taken
 * before the password is checked. Reading first and writing after the
 * password check let 20 simultaneous guesses all pass a check that saw none
 * of the others. A refused attempt writes nothing: waiting out the throttle
 * does not lengthen it.
 */
export async function throttledLoginAttempt(keys: string[], attempt: () => Promise<boolean>, now = Date.now()): Promise<ThrottledAttempt> {
  const claim = await db.$transaction(async (tx) => {
    await lockKeys(tx, keys);
    const verdict = await checkLoginThrottle(keys, now, tx);
    if (!verdict.allowed) return verdict;
    const ids: number[] = [];
    for (const key of keys) ids.push((await tx.loginAttempt.create({ data: { key, success: false }, select: { id: true } })).id);
    return { allowed: true as const, ids };
  }, KEY_LOCK_TRANSACTION);
  if (!claim.allowed) return claim;
  const ok = await attempt();
  if (ok) await db.loginAttempt.updateMany({ where: { id: { in: claim.ids } }, data: { success: true } });
  return { allowed: true, ok };
}

// The table also counts the other per-address limits under their own keys;
// the longest window any of them reads is 在线投稿's and 发布招聘's day.
const KEPT_MS = 24 * 60 * 60_000;

/**
 * Rows older than the longest window can no longer hold anyone back:
 * deleted, so the table holds about a day of attempts however long the site
 * runs. (Pruning at the sign-in hour would quietly turn the daily limits
 * into hourly ones.)
 */
export async function pruneLoginAttempts(now = Date.now()): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now - KEPT_MS) } } });
  return count;
}

/** 「请在 2 分钟后再试」 */
export function waitMessage(seconds: number): string {
  const amount = seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
  return `登录失败次数过多，为保护账号安全，请在 ${amount}后再试。`;
}
