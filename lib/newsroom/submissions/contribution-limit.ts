import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Keeps one address from flooding the inbox. The count lives in the database
// (the LoginAttempt table, under its own key), so it holds across every
// instance and restart. Only accepted submissions count: a reader who fixes
// a mistake the form pointed out is not held back for it.
const TEN_MINUTES_MS = 10 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

type Tx = Prisma.TransactionClient;

/**
 * What is being limited: 在线投稿 and 人才网's employer form each have their
 * own count per address (and the same limits), under their own key prefix.
 */
export type LimitScope = "contribute" | "job-post";
const SCOPE_LABELS: Record<LimitScope, string> = { contribute: "投稿", "job-post": "发布招聘信息" };

export function contributionKey(ip: string, scope: LimitScope = "contribute"): string {
  return `${scope}:${ip || "unknown"}`;
}

/**
 * Read at each call, so the e2e server (all of whose browsers share one
 * address) can be given a higher limit through the environment.
 */
export function contributionLimits(env: Record<string, string | undefined> = process.env) {
  const per10Minutes = positiveInt(env.CONTRIBUTION_LIMIT_PER_10_MIN, 3);
  const perDay = Math.max(per10Minutes, positiveInt(env.CONTRIBUTION_LIMIT_PER_DAY, 10));
  return { per10Minutes, perDay };
}

export async function checkContributionLimit(ip: string, now = Date.now(), tx: Tx = db, scope: LimitScope = "contribute"): Promise<LimitVerdict> {
  const { per10Minutes, perDay } = contributionLimits();
  // Newest first; the newest perDay rows always include the newest per10Minutes.
  const recent = await tx.loginAttempt.findMany({
    where: { key: contributionKey(ip, scope), success: true, createdAt: { gte: new Date(now - DAY_MS) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
    take: perDay,
  });
  // Allowed again once the oldest of the counted submissions leaves its window.
  if (recent.length >= perDay) {
    const wait = recent[perDay - 1].createdAt.getTime() + DAY_MS - now;
    return refuse(wait, (amount) => `今天的${SCOPE_LABELS[scope]}次数已达上限，请在 ${amount}后再试。`);
  }
  const lastTen = recent.filter((r) => r.createdAt.getTime() > now - TEN_MINUTES_MS);
  if (lastTen.length >= per10Minutes) {
    const wait = lastTen[per10Minutes - 1].createdAt.getTime() + TEN_MINUTES_MS - now;
    return refuse(wait, (amount) => `${SCOPE_LABELS[scope]}过于频繁，请在 ${amount}后再试。`);
  }
  return { allowed: true };
}

export async function recordContribution(ip: string, tx: Tx = db, scope: LimitScope = "contribute") {
  await tx.loginAttempt.create({ data: { key: contributionKey(ip, scope), success: true } });
}

function refuse(waitMs: number, message: (amount: string) => string): LimitVerdict {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return { allowed: false, retryAfterSeconds: seconds, message: message(waitAmount(seconds)) };
}

/** 「45 秒」「3 分钟」「5 小时」, rounded up. */
export function waitAmount(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}

function positiveInt(value: string | undefined, fallback: number): number {
  return value && /^[1-9]\d{0,5}$/.test(value.trim()) ? Number(value.trim()) : fallback;
}
