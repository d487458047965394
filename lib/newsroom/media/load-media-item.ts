import "server-only";
import { findMediaCreatorId } from "@/lib/data/media/media-creator";
import { db } from "@/lib/db/client";
import { notFound } from "../errors";

export { MEDIA_CREATE_ACTION } from "@/lib/data/media/media-creator";

/** What the permission checks and commands need of an item, with who created it. */
export async function loadMediaState(id: number) {
  const [row, createdById] = await Promise.all([
    db.mediaItem.findUnique({
      where: { id },
      select: { id: true, title: true, kind: true, sectionId: true, status: true, fileName: true, mimeType: true, subtitlesFile: true, posterImageId: true },
    }),
    findMediaCreatorId(id),
  ]);
  if (!row) throw notFound("视听节目");
  return { ...row, createdById };
}

export type MediaState = Awaited<ReturnType<typeof loadMediaState>>;
