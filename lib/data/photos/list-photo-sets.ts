import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { Paginated, PhotoSetListItem } from "@/lib/view-types";
import { photoSetListSelect, toPhotoSetListItem } from "./photo-set-shapes";
import { paginate } from "@/lib/data/paginate";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

/** Four rows of three on a desktop; an even number for two columns on phones. */
export const PHOTO_SETS_PER_PAGE = 12;

/**
 * One page of published photo sets, newest first. Null when the page number
 * is past the end (page 1 of an empty channel is an empty page, not null).
 */
export async function findPhotoSetPage({ page, perPage = PHOTO_SETS_PER_PAGE }: { page: number; perPage?: number }): Promise<Paginated<PhotoSetListItem> | null> {
  const where = { status: STATUS.published };
  return paginate({
    page,
    perPage,
    count: () => db.photoSet.count({ where }),
    rows: (window) => db.photoSet.findMany({ where, orderBy: NEWEST_FIRST, ...window, select: photoSetListSelect }),
    toItem: toPhotoSetListItem,
  });
}

export const getPhotoSetPage = cachedQuery("photo-set-page", findPhotoSetPage, () => [cacheTags.photos]);

/** The newest published sets: the homepage's 黔图汇 block and the channel's feed. */
export async function findLatestPhotoSets(limit: number): Promise<PhotoSetListItem[]> {
  const take = Math.min(Math.max(1, Math.floor(limit) || 1), 100);
  const rows = await db.photoSet.findMany({ where: { status: STATUS.published }, orderBy: NEWEST_FIRST, take, select: photoSetListSelect });
  return rows.map(toPhotoSetListItem);
}

export const getLatestPhotoSets = cachedQuery("latest-photo-sets", findLatestPhotoSets, () => [cacheTags.photos]);

/** Ids of the newest sets, prerendered at build time. */
export async function findRecentPhotoSetIds(limit: number): Promise<number[]> {
  const rows = await db.photoSet.findMany({ where: { status: STATUS.published }, orderBy: NEWEST_FIRST, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Every published set's path, for the sitemap (a channel of hundreds, not millions). */
export async function findSitemapPhotoSetIds(): Promise<number[]> {
  const rows = await db.photoSet.findMany({ where: { status: STATUS.published }, orderBy: NEWEST_FIRST, take: 10_000, select: { id: true } });
  return rows.map((r) => r.id);
}

export const getSitemapPhotoSetIds = cachedQuery("sitemap-photo-sets", findSitemapPhotoSetIds, () => [cacheTags.photos]);
