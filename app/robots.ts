import type { MetadataRoute } from "next";
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from "@/lib/feeds/urls";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// Crawl everything public; the newsroom and the internal API are not for
// search engines (they need a sign-in or a token anyway).
export default async function robots(): Promise<MetadataRoute.Robots> {
  const absoluteUrl = await absoluteLinks();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/newsroom", "/api/"] },
    sitemap: [absoluteUrl(SITEMAP_INDEX_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
