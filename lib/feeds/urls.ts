// Where the feeds and sitemaps live, and absolute URLs for them: feed readers
// and crawlers take links out of context, so every link they get carries the
// site's public address (getSiteUrl in lib/data/settings), never a path alone.

export const SITE_FEED_PATH = "/rss.xml";
export const PHOTOS_FEED_PATH = "/photos/rss.xml";
export const VIDEO_FEED_PATH = "/video/rss.xml";
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";
// Not /sitemap.xml: with generateSitemaps in app/sitemap.ts, Next 16 serves
// only /sitemap/<id>.xml and refuses to build a route at /sitemap.xml
// ("Conflicting route and metadata at /sitemap.xml").
export const SITEMAP_INDEX_PATH = "/sitemap-index.xml";

export function sectionFeedHref(slug: string): string {
  return `/news/${slug}/rss.xml`;
}

/** A numbered sitemap as Next serves `generateSitemaps` output: /sitemap/0.xml. */
export function sitemapChunkHref(id: number): string {
  return `/sitemap/${id}.xml`;
}
