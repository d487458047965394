import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  userId: number | null;
  action: string;
  targetType?: string;
  targetId?: number | null;
  detail?: string;
  ip?: string;
};

/** Records who did what to which object. Written in the same transaction as the change when one is given. */
export async function recordAudit(entry: AuditEntry, tx: Prisma.TransactionClient = db) {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      targetType: entry.targetType ?? "",
      targetId: entry.targetId ?? null,
      detail: (entry.detail ?? "").slice(0, 1000),
      ip: entry.ip ?? "",
    },
  });
}
