import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

// A transaction whose reads decide its writes (the last admin, a limit per
// address) must not interleave with another doing the same: on PostgreSQL
// at READ COMMITTED both would read the old state and both would write. At
// SERIALIZABLE PostgreSQL aborts one of them instead (SQLSTATE 40001, Prisma
// P2034), and running it again reads what the other committed. SQLite runs
// one writer at a time, so there it never has to retry.

const ATTEMPTS = 5;

/** Prisma reports it as P2034, or (from inside an interactive transaction) as the adapter's TransactionWriteConflict. */
function isSerializationFailure(error: unknown): boolean {
  const e = error as { code?: string; cause?: { kind?: string }; message?: string } | null;
  return e?.code === "P2034" || e?.cause?.kind === "TransactionWriteConflict" || /TransactionWriteConflict|40001|could not serialize/.test(e?.message ?? "");
}

export async function serializableTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable", maxWait: 10_000, timeout: 15_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isSerializationFailure(error)) throw error;
      // A short random wait, so the retries of a crowd do not collide again.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
