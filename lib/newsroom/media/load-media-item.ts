import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "../errors";

/** What the permission checks and commands need of an item, with who created it. */
export async function loadMediaState(id: number) {
  const row = await db.mediaItem.findUnique({
    where: { id },
    select: { id: true, title: true, kind: true, sectionId: true, status: true, fileName: true, mimeType: true, subtitlesFile: true, posterImageId: true, authorId: true },
  });
  if (!row) throw notFound("视听节目");
  return row;
}

export type MediaState = Awaited<ReturnType<typeof loadMediaState>>;
