import "server-only";
import { getPublishedArticleCount } from "@/lib/data/articles/list-sitemap-articles";
import { getOpenJobIds } from "@/lib/data/jobs/list-jobs";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { getSitemapMediaIds } from "@/lib/data/media/list-media";
import { getVisibleTopicSlugs } from "@/lib/data/topics/get-topic";
import { JOBS_PATH, jobHref } from "@/lib/jobs/job-urls";
import { TOPICS_PATH, topicHref } from "@/lib/topics/topic-urls";
import { getSitemapPhotoSetIds } from "@/lib/data/photos/list-photo-sets";
import { newsHref, photoSetHref, photosHref, sectionHref } from "@/lib/site/channels";
import { mediaItemHref, videoHref } from "@/lib/site/video-links";
import { sitemapCount } from "./sitemap-chunks";

// The fixed pages every sitemap split starts with, and how many numbered
// sitemaps there are: shared by app/sitemap.ts (generateSitemaps) and the
// index at /sitemap-index.xml, so that the two always agree.

export async function fixedPaths(): Promise<string[]> {
  const [sections, photoSetIds, mediaIds, topicSlugs, jobIds] = await Promise.all([
    getNewsSections(),
    getSitemapPhotoSetIds(),
    getSitemapMediaIds(),
    getVisibleTopicSlugs(),
    getOpenJobIds(),
  ]);
  return [
    "/",
    newsHref(),
    ...sections.map((s) => sectionHref(s.slug)),
    photosHref(),
    ...photoSetIds.map((id) => photoSetHref(id)),
    // 视听中心: its lists and items (few enough to sit with the fixed pages).
    videoHref(),
    videoHref("video"),
    videoHref("audio"),
    ...mediaIds.map(mediaItemHref),
    TOPICS_PATH,
    ...topicSlugs.map(topicHref),
    // Open posts only: expired ones stay reachable but are not worth indexing.
    JOBS_PATH,
    ...jobIds.map(jobHref),
  ];
}

export async function sitemapIds(): Promise<number[]> {
  const [paths, articleCount] = await Promise.all([fixedPaths(), getPublishedArticleCount()]);
  return Array.from({ length: sitemapCount(paths.length, articleCount) }, (_, id) => id);
}
