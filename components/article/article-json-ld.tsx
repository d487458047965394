import { articleJsonLd, serializeJsonLd } from "@/lib/seo/article-json-ld";
import { SITE_LOGO_PATH, SITE_NAME } from "@/lib/seo/site-identity";
import type { ArticleView } from "@/lib/view-types";

type ArticleJsonLdProps = {
  article: ArticleView;
  /** The article's URL, absolute or relative to the site. */
  url: string;
  /** The site's public address (getSiteUrl). */
  siteUrl: string;
  /** The site's name as set in 站点设置; defaults to 黔东南信息港. */
  siteName?: string;
};

/** The article as schema.org NewsArticle structured data (server component, no client JS). */
export function ArticleJsonLd({ article, url, siteUrl, siteName = SITE_NAME }: ArticleJsonLdProps) {
  const data = articleJsonLd({ article, url, siteName, siteUrl, logoUrl: SITE_LOGO_PATH });
  // serializeJsonLd escapes <, > and &, so nothing in a title or summary can close the element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
