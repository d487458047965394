import { getFeedArticles } from "@/lib/data/articles/list-feed-articles";
import { getNewsSection } from "@/lib/data/sections/get-sections";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { FEED_TTL_MINUTES, lastChange, notFoundText, rssResponse, toRssItems } from "@/lib/feeds/responses";
import { buildRss } from "@/lib/feeds/rss";
import { sectionFeedHref } from "@/lib/feeds/urls";
import { sectionHref } from "@/lib/site/channels";
import { sectionStaticParams } from "@/lib/site/news-pages";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// A section's RSS feed, /news/<section>/rss.xml: its newest 50 articles.
// Cached like the section page, under the same `section:<slug>` tag.
export const revalidate = 300;
export const dynamicParams = true;

export const generateStaticParams = sectionStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const section = await getNewsSection(slug);
  if (!section) return notFoundText("栏目不存在");
  const [settings, articles, absoluteUrl] = await Promise.all([
    getSiteSettings(),
    getFeedArticles({ sectionId: section.id, sectionSlug: section.slug }),
    absoluteLinks(),
  ]);
  const xml = buildRss({
    title: `${section.name} - ${settings.siteName}`,
    link: absoluteUrl(sectionHref(section.slug)),
    selfUrl: absoluteUrl(sectionFeedHref(section.slug)),
    description: section.description || `${settings.siteName}${section.name}栏目最新新闻。`,
    items: toRssItems(articles, absoluteUrl),
    buildDate: lastChange(articles),
    ttlMinutes: FEED_TTL_MINUTES,
  });
  return rssResponse(xml);
}
