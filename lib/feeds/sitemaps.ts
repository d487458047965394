import { toChinaIso } from "@/lib/format/date";
import { element, escapeXml, XML_DECLARATION } from "./xml";

// The two sitemap documents Next's `sitemap.ts` convention cannot produce:
// the index that lists the numbered sitemaps, and the Google News sitemap
// with its news: namespace. Pure; URLs arrive absolute.

/** Google News reads at most 1,000 <news:news> entries per sitemap. */
export const NEWS_SITEMAP_MAX = 1000;
/** …of articles published in the last two days. */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;
/**
 * Google's language rule: an ISO 639 code, except that Simplified Chinese
 * is "zh-cn" (and Traditional "zh-tw"), not plain "zh".
 */
export const NEWS_LANGUAGE = "zh-cn";

export type NewsSitemapItem = { url: string; title: string; publishedAt: Date };

export function buildNewsSitemap({
  publicationName,
  items,
  language = NEWS_LANGUAGE,
}: {
  publicationName: string;
  items: NewsSitemapItem[];
  language?: string;
}): string {
  const publication = `<news:publication>${element("news:name", publicationName)}${element("news:language", language)}</news:publication>`;
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...items.slice(0, NEWS_SITEMAP_MAX).map(
      (item) =>
        `<url>${element("loc", item.url)}<news:news>${publication}` +
        `${element("news:publication_date", toChinaIso(item.publishedAt))}${element("news:title", item.title)}</news:news></url>`,
    ),
    "</urlset>",
  ].join("\n");
}

export function buildSitemapIndex(sitemaps: { url: string; lastModified?: Date }[]): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map(
      (s) =>
        `<sitemap><loc>${escapeXml(s.url)}</loc>${s.lastModified ? element("lastmod", s.lastModified.toISOString()) : ""}</sitemap>`,
    ),
    "</sitemapindex>",
  ].join("\n");
}
