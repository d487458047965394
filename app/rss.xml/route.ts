import { getFeedArticles } from "@/lib/data/articles/list-feed-articles";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { FEED_TTL_MINUTES, lastChange, rssResponse, toRssItems } from "@/lib/feeds/responses";
import { buildRss } from "@/lib/feeds/rss";
import { SITE_FEED_PATH } from "@/lib/feeds/urls";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// The whole site's RSS feed: the newest 50 articles of every section. Built
// once and served from Next's cache like the pages (ISR); publishing expires
// the `articles` tag its read carries.
export const revalidate = 300;

export async function GET() {
  const [settings, articles, absoluteUrl] = await Promise.all([getSiteSettings(), getFeedArticles({}), absoluteLinks()]);
  const xml = buildRss({
    title: settings.siteName,
    link: absoluteUrl("/"),
    selfUrl: absoluteUrl(SITE_FEED_PATH),
    description: settings.siteDescription || `${settings.siteName}最新新闻：全州要闻、时政、县市动态、行业资讯。`,
    items: toRssItems(articles, absoluteUrl),
    buildDate: lastChange(articles),
    ttlMinutes: FEED_TTL_MINUTES,
  });
  return rssResponse(xml);
}
