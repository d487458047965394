import "server-only";
import { getPublishedArticleCount } from "@/lib/data/articles/list-sitemap-articles";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { getSitemapPhotoSetIds } from "@/lib/data/photos/list-photo-sets";
import { newsHref, photoSetHref, photosHref, sectionHref } from "@/lib/site/channels";
import { sitemapCount } from "./sitemap-chunks";

// The fixed pages every sitemap split starts with, and how many numbered
// sitemaps there are: shared by app/sitemap.ts (generateSitemaps) and the
// index at /sitemap-index.xml, so that the two always agree.

export async function fixedPaths(): Promise<string[]> {
  const [sections, photoSetIds] = await Promise.all([getNewsSections(), getSitemapPhotoSetIds()]);
  return ["/", newsHref(), ...sections.map((s) => sectionHref(s.slug)), photosHref(), ...photoSetIds.map((id) => photoSetHref(id))];
}

export async function sitemapIds(): Promise<number[]> {
  const [paths, articleCount] = await Promise.all([fixedPaths(), getPublishedArticleCount()]);
  return Array.from({ length: sitemapCount(paths.length, articleCount) }, (_, id) => id);
}
