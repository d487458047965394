import "server-only";
import { db } from "@/lib/db/client";

// MediaItem has no author column; who created an item is the user of its
// "media.create" audit entry, written in the same transaction as the item.

export const MEDIA_CREATE_ACTION = "media.create";

export async function findMediaCreatorId(id: number): Promise<number | null> {
  const entry = await db.auditLog.findFirst({ where: { action: MEDIA_CREATE_ACTION, targetType: "media", targetId: id }, select: { userId: true } });
  return entry?.userId ?? null;
}

/** Ids of the items a reporter created (their newsroom list). */
export async function mediaIdsCreatedBy(userId: number): Promise<number[]> {
  const rows = await db.auditLog.findMany({ where: { action: MEDIA_CREATE_ACTION, targetType: "media", userId }, select: { targetId: true } });
  return rows.flatMap((r) => (r.targetId === null ? [] : [r.targetId]));
}
