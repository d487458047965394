import type { MetadataRoute } from "next";
import { getSitemapArticles } from "@/lib/data/articles/list-sitemap-articles";
import { sitemapSlice } from "@/lib/feeds/sitemap-chunks";
import { fixedPaths, sitemapIds } from "@/lib/feeds/sitemap-plan";
import { articleHref } from "@/lib/site/channels";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// Every public URL worth indexing, split into numbered sitemaps of at most
// 45,000 URLs: /sitemap/0.xml, /sitemap/1.xml, … (Next 16 serves
// generateSitemaps output there and nothing at /sitemap.xml; the index is
// app/sitemap-index.xml/route.ts). Tagged reads: publishing refreshes them.
export const revalidate = 3600;

export async function generateSitemaps() {
  return (await sitemapIds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const [paths, absoluteUrl] = await Promise.all([fixedPaths(), absoluteLinks()]);
  const slice = sitemapSlice(Number(await id), paths.length);
  const articles = await getSitemapArticles({ offset: slice.articleOffset, limit: slice.articleLimit });
  return [
    ...(slice.includesFixed ? paths.map((path) => ({ url: absoluteUrl(path) })) : []),
    ...articles.map(([articleId, modifiedAtMs]) => ({
      url: absoluteUrl(articleHref(articleId)),
      lastModified: new Date(modifiedAtMs),
    })),
  ];
}
