import "server-only";
import { getPublishedArticleCount } from "@/lib/data/articles/list-sitemap-articles";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { newsHref, sectionHref } from "@/lib/site/channels";
import { sitemapCount } from "./sitemap-chunks";

// The fixed pages every sitemap split starts with, and how many numbered
// sitemaps there are: shared by app/sitemap.ts (generateSitemaps) and the
// index at /sitemap-index.xml, so that the two always agree.

export async function fixedPaths(): Promise<string[]> {
  const sections = await getNewsSections();
  return ["/", newsHref(), ...sections.map((s) => sectionHref(s.slug))];
}

export async function sitemapIds(): Promise<number[]> {
  const [paths, articleCount] = await Promise.all([fixedPaths(), getPublishedArticleCount()]);
  return Array.from({ length: sitemapCount(paths.length, articleCount) }, (_, id) => id);
}
