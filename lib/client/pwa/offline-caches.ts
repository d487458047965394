// Names and URL rules shared by the service worker (app/sw.ts) and the pages
// (收藏 offline copies). Plain functions, no browser globals: unit-tested.
import { parseMediaVariantName } from "@/lib/media/image-url";

/** Articles the reader bookmarked, with their pictures: kept until un-bookmarked. */
export const FAVORITES_CACHE = "qdn-favorites";
/** 今日要闻离线版: the homepage and its articles with their pictures, as last downloaded; one edition at a time. */
export const EDITION_CACHE = "qdn-edition";
/** The cache key (never fetched) of what the edition holds. */
export const EDITION_INDEX_PATH = "/__offline-edition/index";
/** Copies the reader downloaded on purpose, which the worker answers from when the network fails: 收藏 first. */
export const SAVED_COPY_CACHES = [FAVORITES_CACHE, EDITION_CACHE] as const;
/** Pages read recently (network first, this copy when the network fails). */
export const PAGES_CACHE = "qdn-pages";
/** In 省流量, the build's scripts and styles as pages load them (nothing is precached then). */
export const STATIC_CACHE = "qdn-static";
export const STATIC_CACHE_LIMITS = { maxEntries: 120, maxAgeSeconds: 30 * 24 * 3600 };

/** Files of the build, named by their content: never change, so cache first. */
export function isStaticAssetPath(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/** Stored picture variants from /media (cache first). */
export const MEDIA_CACHE = "qdn-media";

/** The offline page, precached and served for navigations nothing else can answer. */
export const OFFLINE_URL = "/offline";
/** Pages precached with the app shell besides the offline page (static, the same for everyone). */
export const PRECACHED_PAGES = [OFFLINE_URL, "/favorites"];

/** Cache keys (never fetched) that list what an offline copy holds: `/__offline-favorites/<id>`. */
export const OFFLINE_COPY_INDEX_PREFIX = "/__offline-favorites/";

export const PAGE_CACHE_LIMITS = { maxEntries: 60, maxAgeSeconds: 7 * 24 * 3600 };
export const MEDIA_CACHE_LIMITS = { maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 };
/** How long a navigation waits for the network before the cached copy is used. */
export const NETWORK_TIMEOUT_SECONDS = 3;

const NEVER_CACHED = /^\/(newsroom|api)(\/|$)/;

/** Paths whose pages the service worker may keep: the public site, never the newsroom or the API. */
export function isCacheablePagePath(pathname: string): boolean {
  return !NEVER_CACHED.test(pathname);
}

// Audio and video (/media/av/) go straight to the network: players ask for
// byte ranges, which a cache-first copy of the whole file would answer wrongly,
// and a long video has no place in a phone's cache.
export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith("/media/") && !pathname.startsWith("/media/av/");
}

/**
 * The picture a variant URL belongs to (`/media/<key>-640.webp` → `/media/<key>`),
 * or null. Offline, a variant of another width or format of the same picture
 * is better than none (the browser may pick another srcset entry than when
 * the article was saved).
 */
export function mediaPictureKey(pathname: string): string | null {
  if (!pathname.startsWith("/media/")) return null;
  const variant = parseMediaVariantName(pathname.slice("/media/".length));
  return variant ? `/media/${variant.key}` : null;
}

export function offlineCopyIndexPath(id: number): string {
  return `${OFFLINE_COPY_INDEX_PREFIX}${id}`;
}
