import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { MediaKind, MediaListItem, Paginated } from "@/lib/view-types";
import { mediaListSelect, publishedMediaWhere, toMediaListItem } from "./media-shapes";
import { paginate } from "@/lib/data/paginate";
import { NEWEST_FIRST } from "@/lib/data/publish-order";

export const MEDIA_PER_PAGE = 12;

type PageOptions = { kind?: MediaKind; page: number; perPage?: number };

/**
 * One page of published audio/video items, newest first, all or one kind.
 * Null when the page is past the end (page 1 of nothing is an empty page).
 */
export async function findMediaPage({ kind, page, perPage = MEDIA_PER_PAGE }: PageOptions): Promise<Paginated<MediaListItem> | null> {
  const where = publishedMediaWhere(kind);
  return paginate({
    page,
    perPage,
    count: () => db.mediaItem.count({ where }),
    rows: (window) => db.mediaItem.findMany({ where, orderBy: NEWEST_FIRST, ...window, select: mediaListSelect }),
    toItem: toMediaListItem,
  });
}

// Section names appear in the lists, so renaming a section refreshes them.
export const getMediaPage = cachedQuery("media-page", findMediaPage, () => [cacheTags.media, cacheTags.sections], 300);

/** The newest published items of both kinds, for the homepage's 视听 block. */
export async function findLatestMediaItems(limit: number): Promise<MediaListItem[]> {
  const rows = await db.mediaItem.findMany({ where: publishedMediaWhere(), orderBy: NEWEST_FIRST, take: limit, select: mediaListSelect });
  return rows.map(toMediaListItem);
}

export const getLatestMediaItems = cachedQuery("latest-media", findLatestMediaItems, () => [cacheTags.media, cacheTags.sections], 300);

/** Ids of the newest items, prerendered at build time. */
export async function findRecentMediaIds(limit: number): Promise<number[]> {
  const rows = await db.mediaItem.findMany({ where: publishedMediaWhere(), orderBy: NEWEST_FIRST, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}

export type FeedMediaItem = MediaListItem & { fileName: string; mimeType: string; fileSize: number; updatedAt: string };

/** The newest items for /video/rss.xml, with what an <enclosure> needs. */
export async function findFeedMediaItems(limit = 50): Promise<FeedMediaItem[]> {
  const rows = await db.mediaItem.findMany({
    where: publishedMediaWhere(),
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { ...mediaListSelect, fileName: true, mimeType: true, fileSize: true, updatedAt: true },
  });
  return rows.map((r) => ({ ...toMediaListItem(r), fileName: r.fileName, mimeType: r.mimeType, fileSize: r.fileSize, updatedAt: r.updatedAt.toISOString() }));
}

export const getFeedMediaItems = cachedQuery("feed-media", findFeedMediaItems, () => [cacheTags.media, cacheTags.sections], 300);

/** Every published item's id, for the sitemap (a few thousand at most in a regional newsroom). */
export async function findSitemapMediaIds(): Promise<number[]> {
  const rows = await db.mediaItem.findMany({ where: publishedMediaWhere(), orderBy: { id: "asc" }, select: { id: true } });
  return rows.map((r) => r.id);
}

export const getSitemapMediaIds = cachedQuery("sitemap-media", findSitemapMediaIds, () => [cacheTags.media]);
