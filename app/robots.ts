import type { MetadataRoute } from "next";
import { absoluteUrl, NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from "@/lib/feeds/urls";

// Crawl everything public; the newsroom and the internal API are not for
// search engines (they need a sign-in or a token anyway).
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/newsroom", "/api/"] },
    sitemap: [absoluteUrl(SITEMAP_INDEX_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
