import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { MediaItemView, MediaKind, MediaListItem } from "@/lib/view-types";
import { mediaItemSelect, mediaListSelect, publishedMediaWhere, toMediaItemView, toMediaListItem } from "./media-shapes";
import { NEWEST_FIRST } from "@/lib/data/publish-order";

/** A published item by id; null when unknown, unpublished or without a file. */
export async function findPublishedMediaItem(id: number): Promise<MediaItemView | null> {
  const row = await db.mediaItem.findFirst({ where: { id, ...publishedMediaWhere() }, select: mediaItemSelect });
  return row ? toMediaItemView(row) : null;
}

export const getPublishedMediaItem = cachedQuery("media-item", findPublishedMediaItem, (id) => [cacheTags.mediaItem(id), cacheTags.sections]);

type RelatedOptions = { id: number; kind: MediaKind; sectionSlug: string | null; limit?: number };

/**
 * 相关视听: the newest of the same section and kind, then of the same kind,
 * then anything else, so the block is never empty while other items exist.
 */
export async function findRelatedMediaItems({ id, kind, sectionSlug, limit = 4 }: RelatedOptions): Promise<MediaListItem[]> {
  const tiers = [
    ...(sectionSlug ? [{ ...publishedMediaWhere(kind), section: { slug: sectionSlug } }] : []),
    publishedMediaWhere(kind),
    publishedMediaWhere(),
  ];
  const picked = new Map<number, MediaListItem>();
  for (const where of tiers) {
    if (picked.size >= limit) break;
    const rows = await db.mediaItem.findMany({
      where: { ...where, id: { notIn: [id, ...picked.keys()] } },
      orderBy: NEWEST_FIRST,
      take: limit - picked.size,
      select: mediaListSelect,
    });
    for (const row of rows) picked.set(row.id, toMediaListItem(row));
  }
  return [...picked.values()];
}

export const getRelatedMediaItems = cachedQuery("related-media", findRelatedMediaItems, () => [cacheTags.media, cacheTags.sections]);
