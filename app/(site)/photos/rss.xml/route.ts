import { getLatestPhotoSets } from "@/lib/data/photos/list-photo-sets";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { FEED_TTL_MINUTES, rssResponse } from "@/lib/feeds/responses";
import { buildRss } from "@/lib/feeds/rss";
import { PHOTOS_FEED_PATH } from "@/lib/feeds/urls";
import { photoSetHref, photosHref } from "@/lib/site/channels";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// 黔图汇's RSS feed: the newest 50 published sets, cached like /photos under
// the `photos` tag.
export const revalidate = 300;

export async function GET() {
  const [settings, sets, absoluteUrl] = await Promise.all([getSiteSettings(), getLatestPhotoSets(50), absoluteLinks()]);
  const xml = buildRss({
    title: `黔图汇 - ${settings.siteName}`,
    link: absoluteUrl(photosHref()),
    selfUrl: absoluteUrl(PHOTOS_FEED_PATH),
    description: `${settings.siteName}黔图汇最新图集。`,
    items: sets.map((s) => ({
      title: s.title,
      url: absoluteUrl(photoSetHref(s.id)),
      description: s.summary ? `${s.summary}（${s.photoCount}张）` : `图集，共${s.photoCount}张`,
      publishedAt: new Date(s.publishedAt),
      category: s.section.name,
    })),
    // The newest set's publish time, not the render time: the feed changes only when a set is published.
    buildDate: sets[0] ? new Date(sets[0].publishedAt) : new Date(),
    ttlMinutes: FEED_TTL_MINUTES,
  });
  return rssResponse(xml);
}
