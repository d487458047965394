import type { Metadata } from "next";
import { toChinaIso } from "@/lib/format/date";
import { imageUrl } from "@/lib/media/image-url";
import type { ArticleView, ImageView } from "@/lib/view-types";
import { SITE_LOCALE, SITE_LOGO_PATH, SITE_NAME } from "./site-identity";

// Open Graph and Twitter cards for an article page: what WeChat, Weibo, X and
// chat apps show when the link is shared. Relative URLs are fine, Next makes
// them absolute with metadataBase (app/layout.tsx).

/** Social networks ask for about 1200 px wide; the nearest stored variant is used. */
const SHARE_IMAGE_WIDTH = 1200;

type ShareImage = { url: string; width: number; height: number; alt: string; type?: string };

function coverImage(cover: ImageView, title: string): ShareImage {
  // As imageSrc chooses: the smallest variant at least that wide, else the largest.
  const width = cover.widths.find((w) => w >= SHARE_IMAGE_WIDTH) ?? cover.widths[cover.widths.length - 1] ?? cover.width;
  // Variants keep the picture's proportions.
  const height = Math.round((width * cover.height) / cover.width);
  return { url: imageUrl(cover, width), width, height, alt: cover.alt || title, type: `image/${cover.format}` };
}

export type ArticleSocialMetadata = Required<Pick<Metadata, "openGraph" | "twitter">>;

/**
 * openGraph (type article) and twitter for an article's generateMetadata.
 * Without a cover the site logo stands in and the Twitter card is the small
 * "summary" one.
 */
export function articleSocialMetadata(
  article: ArticleView,
  url: string,
  { siteName = SITE_NAME }: { siteName?: string } = {},
): ArticleSocialMetadata {
  const description = article.summary || article.subtitle || undefined;
  const published = new Date(article.publishedAt);
  const updated = new Date(article.modifiedAt);
  const modified = updated.getTime() > published.getTime() ? updated : published;
  const image: ShareImage = article.cover
    ? coverImage(article.cover, article.title)
    : { url: SITE_LOGO_PATH, width: 512, height: 512, alt: siteName, type: "image/png" };

  return {
    openGraph: {
      type: "article",
      locale: SITE_LOCALE,
      siteName,
      title: article.title,
      description,
      url,
      publishedTime: toChinaIso(published),
      modifiedTime: toChinaIso(modified),
      section: article.section.name,
      tags: article.tags.length > 0 ? article.tags : undefined,
      authors: article.reporters.length > 0 ? article.reporters : undefined,
      images: [image],
    },
    twitter: {
      card: article.cover ? "summary_large_image" : "summary",
      title: article.title,
      description,
      images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
    },
  };
}
