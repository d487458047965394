// 收藏 offline: when a reader bookmarks an article, the page's HTML and its
// pictures go into a cache of their own (FAVORITES_CACHE), which the service
// worker reads when the network fails; un-bookmarking deletes them again.
// Uses the Cache API from the page, so it works before the service worker has
// taken over. Browser only; every function quietly does nothing where the
// Cache API is unavailable (old browsers, insecure origins).
import { FAVORITES_CACHE, offlineCopyIndexPath, OFFLINE_COPY_INDEX_PREFIX } from "@/lib/client/pwa/offline-caches";

type OfflineCopyIndex = { url: string; images: string[]; savedAt: string };

function available(): boolean {
  return typeof window !== "undefined" && "caches" in window;
}

/** Same-origin picture URLs drawn in the page (the chosen srcset entry, or src while a lazy picture has not loaded). */
export function pictureUrls(doc: Document = document): string[] {
  const urls = new Set<string>();
  for (const img of Array.from(doc.images)) {
    const src = img.currentSrc || img.src;
    if (!src) continue;
    const url = new URL(src, doc.baseURI);
    if (url.origin === window.location.origin) urls.add(url.pathname);
  }
  return [...urls];
}

/** Stores the article at `url` and the pictures of the current page. True when the article itself was stored. */
export async function saveOfflineCopy(id: number, url: string, images: string[] = pictureUrls()): Promise<boolean> {
  if (!available()) return false;
  try {
    const cache = await caches.open(FAVORITES_CACHE);
    await cache.add(url);
    const stored = await Promise.allSettled(images.map((src) => cache.add(src)));
    const index: OfflineCopyIndex = {
      url,
      images: images.filter((_, i) => stored[i].status === "fulfilled"),
      savedAt: new Date().toISOString(),
    };
    await cache.put(offlineCopyIndexPath(id), new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } }));
    return true;
  } catch {
    return false;
  }
}

async function readIndex(cache: Cache, key: Request | string): Promise<OfflineCopyIndex | null> {
  try {
    const response = await cache.match(key);
    return response ? ((await response.json()) as OfflineCopyIndex) : null;
  } catch {
    return null;
  }
}

/** Deletes the article's copy and the pictures no other saved article shows. */
export async function removeOfflineCopy(id: number, url?: string): Promise<void> {
  if (!available()) return;
  try {
    const cache = await caches.open(FAVORITES_CACHE);
    const key = offlineCopyIndexPath(id);
    const index = await readIndex(cache, key);
    const stillUsed = new Set<string>();
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(OFFLINE_COPY_INDEX_PREFIX) || path === key) continue;
      for (const src of (await readIndex(cache, request))?.images ?? []) stillUsed.add(src);
    }
    const articleUrl = index?.url ?? url;
    await Promise.all([
      cache.delete(key),
      articleUrl ? cache.delete(articleUrl) : Promise.resolve(false),
      ...(index?.images ?? []).filter((src) => !stillUsed.has(src)).map((src) => cache.delete(src)),
    ]);
  } catch {
    // Nothing stored, or storage unavailable: nothing to free.
  }
}
