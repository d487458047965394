import { getNewsSitemapArticles } from "@/lib/data/articles/list-news-sitemap-articles";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { xmlResponse } from "@/lib/feeds/responses";
import { buildNewsSitemap } from "@/lib/feeds/sitemaps";
import { articleHref } from "@/lib/site/channels";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// The Google News sitemap: articles of the last 48 hours. A route handler
// because Next's sitemap convention has no news: extension. Five minutes at
// most behind, and refreshed at once on publication (tag `articles`).
export const revalidate = 300;

export async function GET() {
  const [settings, articles, absoluteUrl] = await Promise.all([getSiteSettings(), getNewsSitemapArticles(), absoluteLinks()]);
  const xml = buildNewsSitemap({
    publicationName: settings.siteName,
    items: articles.map((a) => ({ url: absoluteUrl(articleHref(a.id)), title: a.title, publishedAt: new Date(a.publishedAt) })),
  });
  return xmlResponse(xml);
}
