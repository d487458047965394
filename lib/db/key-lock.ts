import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbProvider } from "./client";

// A limit counted in rows (sign-in attempts, new push subscriptions per
// address) holds under concurrency only if counting and writing the new row
// happen as one step per key: otherwise simultaneous requests all count the
// same old rows and all go ahead. Inside a transaction, lockKeys makes the
// others for the same key wait until it commits. PostgreSQL: transaction-level
// advisory locks, in a fixed order so two transactions cannot wait on each
// other. SQLite runs one write transaction at a time already.

/** Transaction options for a short counted write: room to wait for a pooled connection and for the lock. */
export const KEY_LOCK_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;

export async function lockKeys(tx: Prisma.TransactionClient, keys: string[]): Promise<void> {
  if (dbProvider !== "postgresql") return;
  for (const key of [...new Set(keys)].sort()) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, key);
}
