// 今日要闻离线版 on the reader's phone: the homepage, its articles and their
// pictures at phone size in a cache of their own (EDITION_CACHE), which the
// service worker answers from when the network fails. One edition at a time:
// a new download keeps what has not changed, fetches the rest and drops the
// articles that left the edition. Uses the Cache API from the page, so it
// works before the service worker has taken over. Browser only.
import { EDITION_CACHE, EDITION_INDEX_PATH } from "@/lib/client/pwa/offline-caches";
import { articlesToFetch, EDITION_BYTES_CAP, type EditionArticle } from "@/lib/edition/edition-plan";
import { phoneCandidate } from "@/lib/media/image-url";

export type StoredEditionArticle = { id: number; url: string; title: string; modifiedAt: string; pictures: string[]; bytes: number };
export type EditionIndex = { savedAt: string; homeBytes: number; articles: StoredEditionArticle[] };
export type EditionProgress = { done: number; total: number; bytes: number };

export const HOME_URL = "/";

export function editionAvailable(): boolean {
  return typeof window !== "undefined" && "caches" in window;
}

export async function readEditionIndex(): Promise<EditionIndex | null> {
  if (!editionAvailable()) return null;
  try {
    const response = await (await caches.open(EDITION_CACHE)).match(EDITION_INDEX_PATH);
    return response ? ((await response.json()) as EditionIndex) : null;
  } catch {
    return null;
  }
}

export function editionBytes(index: EditionIndex): number {
  return index.homeBytes + index.articles.reduce((sum, a) => sum + a.bytes, 0);
}

/** The pictures an article page draws in its text and cover, as a phone fetches them (AVIF where offered). */
export function articlePictureUrls(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const urls = new Set<string>();
  for (const img of Array.from(doc.querySelectorAll("main article img"))) {
    const avif = img.closest("picture")?.querySelector('source[type="image/avif"]')?.getAttribute("srcset");
    const url = phoneCandidate(avif || img.getAttribute("srcset") || "", img.getAttribute("src") || "");
    if (url.startsWith("/media/")) urls.add(url);
  }
  return [...urls];
}

/** Fetches `url` past the browser's HTTP cache and stores it; its size, or null when it could not be fetched. */
async function store(cache: Cache, url: string): Promise<{ bytes: number; text?: string } | null> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) return null;
  const body = await response.clone().arrayBuffer();
  await cache.put(url, response);
  return { bytes: body.byteLength, text: response.headers.get("Content-Type")?.startsWith("text/html") ? new TextDecoder().decode(body) : undefined };
}

/** `store`, with a failed fetch as null; a full disk still throws, as it ends the whole download. */
async function storeIfReachable(cache: Cache, url: string): Promise<{ bytes: number; text?: string } | null> {
  try {
    return await store(cache, url);
  } catch (error) {
    if (error instanceof DOMException && error.name === "QuotaExceededError") throw error;
    return null;
  }
}

/**
 * Downloads the edition: the homepage, then each article that is new or
 * changed since the last download, with its pictures while the edition stays
 * under EDITION_BYTES_CAP. Throws when the homepage cannot be fetched (no
 * network) or the phone's storage is full (what was stored stays, and the
 * index of the last complete download); an article that fails is left out.
 */
export async function downloadEdition(articles: EditionArticle[], onProgress: (p: EditionProgress) => void): Promise<EditionIndex> {
  const cache = await caches.open(EDITION_CACHE);
  const previous = await readEditionIndex();
  const kept = new Map((previous?.articles ?? []).map((a) => [a.id, a]));
  const toFetch = articlesToFetch(articles, new Map([...kept].map(([id, a]) => [id, a.modifiedAt])));
  const progress: EditionProgress = { done: 0, total: toFetch.length + 1, bytes: 0 };

  const home = await store(cache, HOME_URL);
  if (!home) throw new Error("首页无法下载");
  progress.done = 1;
  progress.bytes = home.bytes;
  onProgress({ ...progress });

  let total = home.bytes + articles.reduce((sum, a) => sum + (toFetch.includes(a) ? 0 : (kept.get(a.id)?.bytes ?? 0)), 0);
  const fetched = new Map<number, StoredEditionArticle>();
  for (const article of toFetch) {
    const page = await storeIfReachable(cache, article.url);
    if (page) {
      const pictures: string[] = [];
      let bytes = page.bytes;
      for (const src of articlePictureUrls(page.text ?? "")) {
        if (total + bytes >= EDITION_BYTES_CAP) break;
        const picture = await storeIfReachable(cache, src);
        if (!picture) continue;
        pictures.push(src);
        bytes += picture.bytes;
      }
      fetched.set(article.id, { id: article.id, url: article.url, title: article.title, modifiedAt: article.modifiedAt, pictures, bytes });
      total += bytes;
      progress.bytes += bytes;
    }
    progress.done += 1;
    onProgress({ ...progress });
  }

  // An article that changed but could not be fetched now keeps its earlier copy.
  const stored = articles.flatMap((a) => fetched.get(a.id) ?? kept.get(a.id) ?? []);
  await dropUnused(cache, previous, stored);
  const index: EditionIndex = { savedAt: new Date().toISOString(), homeBytes: home.bytes, articles: stored };
  await cache.put(EDITION_INDEX_PATH, new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } }));
  return index;
}

/** Deletes the pages and pictures of articles that left the edition (a picture another article still shows stays). */
async function dropUnused(cache: Cache, previous: EditionIndex | null, stored: StoredEditionArticle[]): Promise<void> {
  const urls = new Set(stored.map((a) => a.url));
  const pictures = new Set(stored.flatMap((a) => a.pictures));
  const gone = (previous?.articles ?? []).filter((a) => !urls.has(a.url));
  await Promise.all(gone.flatMap((a) => [cache.delete(a.url), ...a.pictures.filter((p) => !pictures.has(p)).map((p) => cache.delete(p))]));
}

export async function deleteEdition(): Promise<void> {
  if (editionAvailable()) await caches.delete(EDITION_CACHE);
}
