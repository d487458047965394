import { getFeedMediaItems } from "@/lib/data/media/list-media";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { FEED_TTL_MINUTES, rssResponse } from "@/lib/feeds/responses";
import { buildRss } from "@/lib/feeds/rss";
import { VIDEO_FEED_PATH } from "@/lib/feeds/urls";
import { avUrl } from "@/lib/media/av/av-url";
import { mediaItemHref, videoHref } from "@/lib/site/video-links";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// 视听中心's feed: the newest 50 items, each with an <enclosure> (the file,
// its size and type) so podcast apps can fetch it. Cached like /video,
// under the `media` tag.
export const revalidate = 300;

export async function GET() {
  const [settings, items, absoluteUrl] = await Promise.all([getSiteSettings(), getFeedMediaItems(), absoluteLinks()]);
  const newest = items.length ? Math.max(...items.map((i) => Math.max(Date.parse(i.updatedAt), Date.parse(i.publishedAt)))) : Date.now();
  const xml = buildRss({
    title: `视听中心 - ${settings.siteName}`,
    link: absoluteUrl(videoHref()),
    selfUrl: absoluteUrl(VIDEO_FEED_PATH),
    description: `${settings.siteName}视听中心：本地新闻视频与音频节目。`,
    items: items.map((i) => ({
      title: i.title,
      url: absoluteUrl(mediaItemHref(i.id)),
      description: i.summary,
      publishedAt: new Date(i.publishedAt),
      category: i.section?.name,
      enclosure: { url: absoluteUrl(avUrl(i.fileName)), length: i.fileSize, type: i.mimeType },
    })),
    buildDate: new Date(newest),
    ttlMinutes: FEED_TTL_MINUTES,
  });
  return rssResponse(xml);
}
