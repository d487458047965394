import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "../errors";

export const PHOTO_SET_AUDIT_TYPE = "photoset";

/** What the permission checks need to know of a set, with who created it. */
export async function loadPhotoSetState(id: number, tx: Prisma.TransactionClient = db) {
  const row = await tx.photoSet.findUnique({
    where: { id },
    select: { id: true, title: true, sectionId: true, status: true, publishedAt: true, coverImageId: true, authorId: true, _count: { select: { photos: true } } },
  });
  if (!row) throw notFound("图集");
  const { _count, ...rest } = row;
  return { ...rest, photoCount: _count.photos };
}

export type PhotoSetState = Awaited<ReturnType<typeof loadPhotoSetState>>;

/** A change to a public set touches its page, the channel's lists and feed, and the homepage strip. */
export function publicPhotoSetTags(id: number): string[] {
  return [cacheTags.photoSet(id), cacheTags.photos, cacheTags.home];
}
