// 今日要闻离线版: which articles a reader's phone downloads for reading
// without a network, and what that is estimated to cost. The server lists the
// homepage's lead and top stories (`/edition.json`); the device adds the
// newest articles of the sections it follows (关注) and decides what is new.
// Pure: shared by the route, the browser and the tests.

export const EDITION_PATH = "/edition.json";
/** Where the reader downloads it: /app's 离线阅读 section (the homepage links there). */
export const APP_PATH = "/app";
export const EDITION_SECTION_ID = "offline-edition";

/** An article of the edition; `modifiedAt` tells whether a stored copy is still current. */
export type EditionArticle = { id: number; url: string; title: string; modifiedAt: string; bytes: number };

/** What `/edition.json` holds. */
export type EditionManifest = { articles: EditionArticle[] };

/** Followed sections add at most this many of their newest articles each. */
export const FOLLOWED_SECTION_ARTICLES = 3;
/** No edition holds more articles than this, whatever is followed. */
export const MAX_EDITION_ARTICLES = 30;
/** Nor more bytes (pictures stop being saved past it; the articles' text is always kept). */
export const EDITION_BYTES_CAP = 25 * 1024 * 1024;

/**
 * Pages' HTML as the Cache API stores it (uncompressed), for the estimate
 * before downloading; pictures are counted from their files. Measured
 * 2026-12-07 on the demo content: articles 82–86 KB, the homepage 194 KB
 * (most of it the RSC payload that repeats the markup).
 */
export const ARTICLE_HTML_BYTES_ESTIMATE = 85 * 1024;
export const HOME_HTML_BYTES_ESTIMATE = 195 * 1024;

/** The homepage's stories first, then the followed sections' newest, each article once, cut to the cap. */
export function editionArticles(homepage: EditionArticle[], followed: EditionArticle[][]): EditionArticle[] {
  const seen = new Set<number>();
  const all = [...homepage, ...followed.flatMap((list) => list.slice(0, FOLLOWED_SECTION_ARTICLES))];
  return all.filter((a) => !seen.has(a.id) && seen.add(a.id)).slice(0, MAX_EDITION_ARTICLES);
}

/** What a download will fetch: the articles not stored yet or changed since, with their estimated bytes. */
export function articlesToFetch(articles: EditionArticle[], stored: ReadonlyMap<number, string>): EditionArticle[] {
  return articles.filter((a) => stored.get(a.id) !== a.modifiedAt);
}

/** A download's estimated size: the homepage (always fetched again) and the articles it will fetch. */
export function estimatedBytes(articles: EditionArticle[]): number {
  return HOME_HTML_BYTES_ESTIMATE + articles.reduce((sum, a) => sum + a.bytes, 0);
}

/** 「1.4 MB」, 「320 KB」: sizes as the reader reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
