import "server-only";
import { db } from "@/lib/db/client";

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

async function verdictFor(key: string, now: number): Promise<ThrottleVerdict> {
  const since = new Date(now - WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key, success: true, createdAt: { gte: since } },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  const failures = await db.loginAttempt.findMany({
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
export async function checkLoginThrottle(keys: string[], now = Date.now()): Promise<ThrottleVerdict> {
  let worst: ThrottleVerdict = { allowed: true };
  for (const key of keys) {
    const v = await verdictFor(key, now);
    if (!v.allowed && (worst.allowed || v.retryAfterSeconds > worst.retryAfterSeconds)) worst = v;
  }
  return worst;
}

export async function recordLoginAttempt(keys: string[], success: boolean) {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, success })) });
}

/**
 * Attempts older than the window can no longer slow anyone down: deleted,
 * so the table holds about an hour of attempts however long the site runs.
 */
export async function pruneLoginAttempts(now = Date.now()): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now - WINDOW_MS) } } });
  return count;
}

/** 「请在 2 分钟后再试」 */
export function waitMessage(seconds: number): string {
  const amount = seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
  return `登录失败次数过多，为保护账号安全，请在 ${amount}后再试。`;
}
