import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { PhotoSetLink, PhotoSetView } from "@/lib/view-types";
import { publishOrderNeighbours } from "../publish-order";
import { photoSetSelect, toPhotoSetLink, toPhotoSetView } from "./photo-set-shapes";
import { STATUS } from "@/lib/content/status";
import { isId } from "@/lib/site/params";

/** A published set with its photos in order, or null for unknown, draft or withdrawn ids. */
export async function findPublishedPhotoSet(id: number): Promise<PhotoSetView | null> {
  if (!isId(id)) return null;
  const row = await db.photoSet.findFirst({ where: { id, status: STATUS.published }, select: photoSetSelect });
  if (!row) return null;
  // PhotoSet.editorId has no relation in the schema: look the name up.
  const editor = row.editorId ? await db.user.findUnique({ where: { id: row.editorId }, select: { displayName: true } }) : null;
  return toPhotoSetView(row, editor?.displayName ?? null);
}

export const getPublishedPhotoSet = cachedQuery("photo-set", findPublishedPhotoSet, (id) => [cacheTags.photoSet(id)]);

type Anchor = { id: number; publishedAt: string };

/**
 * 上一组 / 下一组: the sets published just before and just after, across the
 * whole channel (a section rarely has more than a few sets).
 */
export async function findPhotoSetNeighbours({ id, publishedAt }: Anchor): Promise<{ previous: PhotoSetLink | null; next: PhotoSetLink | null }> {
  const { before, after } = publishOrderNeighbours(id, publishedAt);
  const select = { id: true, title: true, publishedAt: true } as const;
  const [previous, next] = await Promise.all([
    db.photoSet.findFirst({ where: { status: STATUS.published, ...before.where }, orderBy: before.orderBy, select }),
    db.photoSet.findFirst({ where: { status: STATUS.published, ...after.where }, orderBy: after.orderBy, select }),
  ]);
  return { previous: previous ? toPhotoSetLink(previous) : null, next: next ? toPhotoSetLink(next) : null };
}

// Tagged with the channel: publishing or withdrawing any set can change who the neighbours are.
export const getPhotoSetNeighbours = cachedQuery("photo-set-neighbours", findPhotoSetNeighbours, (a) => [cacheTags.photos, cacheTags.photoSet(a.id)]);
