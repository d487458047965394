// How the site's URLs are split across numbered sitemaps. The sitemap
// protocol allows 50,000 URLs per file; staying at 45,000 leaves room.
//
// The URLs form one list, the fixed pages (/, /news, sections) first and
// then the articles by id. Ids never change and new articles get higher ones,
// so an article stays in the same sitemap as the site grows; sitemap N holds
// positions [N × size, (N + 1) × size) of that list.

export const URLS_PER_SITEMAP = 45_000;

/** How many sitemaps the site needs; at least one, even when empty. */
export function sitemapCount(fixedCount: number, articleCount: number, size = URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil((fixedCount + articleCount) / size));
}

/**
 * Which part of the list sitemap `id` holds: whether it includes the fixed
 * pages, and the slice of articles (offset and count, in id order).
 */
export function sitemapSlice(id: number, fixedCount: number, size = URLS_PER_SITEMAP) {
  const start = id * size;
  const end = start + size;
  const articleOffset = Math.max(0, start - fixedCount);
  return {
    includesFixed: start < fixedCount,
    articleOffset,
    articleLimit: Math.max(0, end - fixedCount - articleOffset),
  };
}
