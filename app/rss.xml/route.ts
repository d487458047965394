import { getFeedArticles } from "@/lib/data/articles/list-feed-articles";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { FEED_TTL_MINUTES, lastChange, rssResponse, toRssItems } from "@/lib/feeds/responses";
import { buildRss } from "@/lib/feeds/rss";
import { absoluteUrl, SITE_FEED_PATH } from "@/lib/feeds/urls";

// The whole site's RSS feed: the newest 50 articles of every section. Built
// once and served from Next's cache like the pages (ISR); publishing expires
// the `articles` tag its read carries.
export const revalidate = 300;

export async function GET() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getFeedArticles({})]);
  const xml = buildRss({
    title: settings.siteName,
    link: absoluteUrl("/"),
    selfUrl: absoluteUrl(SITE_FEED_PATH),
    description: settings.siteDescription || `${settings.siteName}最新新闻：全州要闻、时政、县市动态、行业资讯。`,
    items: toRssItems(articles),
    buildDate: lastChange(articles),
    ttlMinutes: FEED_TTL_MINUTES,
  });
  return rssResponse(xml);
}
