import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "../errors";

export const MEDIA_CREATE_ACTION = "media.create";

/**
 * What the permission checks and commands need of an item. The schema keeps
 * no author column on MediaItem, so who created it is read from the audit
 * log entry written in the same transaction as the item.
 */
export async function loadMediaState(id: number) {
  const [row, created] = await Promise.all([
    db.mediaItem.findUnique({
      where: { id },
      select: { id: true, title: true, kind: true, sectionId: true, status: true, fileName: true, mimeType: true, subtitlesFile: true, posterImageId: true },
    }),
    db.auditLog.findFirst({ where: { action: MEDIA_CREATE_ACTION, targetType: "media", targetId: id }, select: { userId: true } }),
  ]);
  if (!row) throw notFound("视听节目");
  return { ...row, createdById: created?.userId ?? null };
}

export type MediaState = Awaited<ReturnType<typeof loadMediaState>>;

/** Ids of the items a reporter created (their newsroom list). */
export async function mediaIdsCreatedBy(userId: number): Promise<number[]> {
  const rows = await db.auditLog.findMany({ where: { action: MEDIA_CREATE_ACTION, targetType: "media", userId }, select: { targetId: true } });
  return rows.flatMap((r) => (r.targetId === null ? [] : [r.targetId]));
}
