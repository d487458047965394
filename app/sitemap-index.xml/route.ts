import { xmlResponse } from "@/lib/feeds/responses";
import { sitemapIds } from "@/lib/feeds/sitemap-plan";
import { buildSitemapIndex } from "@/lib/feeds/sitemaps";
import { sitemapChunkHref } from "@/lib/feeds/urls";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

// The sitemap index, /sitemap-index.xml (robots.txt names it): Next 16
// writes none for generateSitemaps, and will not build a route at
// /sitemap.xml beside app/sitemap.ts, so the index lives here and lists the
// numbered sitemaps itself.
export const revalidate = 3600;

export async function GET() {
  const [ids, absoluteUrl] = await Promise.all([sitemapIds(), absoluteLinks()]);
  return xmlResponse(buildSitemapIndex(ids.map((id) => ({ url: absoluteUrl(sitemapChunkHref(id)) }))));
}
