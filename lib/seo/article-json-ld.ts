import { toChinaIso } from "@/lib/format/date";
import { imageUrl } from "@/lib/media/image-url";
import { correctionText } from "@/lib/content/correction-text";
import type { ArticleView } from "@/lib/view-types";
import { SITE_LANGUAGE } from "./site-identity";

// schema.org NewsArticle for an article page (Google's Article rich result,
// Baidu and other crawlers). Pure: everything arrives as arguments.

/** Google cuts headlines longer than this. */
export const MAX_HEADLINE_LENGTH = 110;
/** Cover variants narrower than this are too small for rich results. */
const MIN_IMAGE_WIDTH = 640;
const MAX_IMAGES = 3;

type Organization = { "@type": "Organization"; name: string; url?: string; logo?: { "@type": "ImageObject"; url: string } };
type Person = { "@type": "Person"; name: string };
/** schema.org's correction notice: what was corrected, and when. */
type CorrectionComment = { "@type": "CorrectionComment"; text: string; datePublished: string };

export type NewsArticleJsonLd = {
  "@context": "https://schema.org";
  "@type": "NewsArticle";
  headline: string;
  description?: string;
  url: string;
  mainEntityOfPage: { "@type": "WebPage"; "@id": string };
  datePublished: string;
  dateModified: string;
  author: Person[] | Organization;
  publisher: Organization;
  image?: string[];
  articleSection: string;
  keywords?: string[];
  inLanguage: string;
  isAccessibleForFree: true;
  correction?: CorrectionComment[];
};

export type ArticleJsonLdInput = {
  article: ArticleView;
  /** The article's URL, absolute or relative to siteUrl. */
  url: string;
  siteName: string;
  /** The site's origin, from getSiteUrl(). */
  siteUrl: string;
  /** The publisher logo, absolute or relative to siteUrl. */
  logoUrl: string;
};

/** At most `max` characters (code points, so no surrogate pair is split), with … when cut. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

function absolute(url: string, base: string): string {
  return new URL(url, base).toString();
}

/**
 * The cover's variants at least MIN_IMAGE_WIDTH wide (at most three, largest
 * first), or its largest one when none is; as absolute URLs.
 */
function coverImages(article: ArticleView, siteUrl: string): string[] | undefined {
  const cover = article.cover;
  if (!cover || cover.widths.length === 0) return undefined;
  const descending = [...cover.widths].sort((a, b) => b - a);
  const large = descending.filter((w) => w >= MIN_IMAGE_WIDTH);
  const chosen = large.length > 0 ? large.slice(0, MAX_IMAGES) : descending.slice(0, 1);
  return chosen.map((w) => absolute(imageUrl(cover, w), siteUrl));
}

function authors(article: ArticleView, site: Organization): Person[] | Organization {
  const names = [...new Set(article.reporters.map((n) => n.trim()).filter(Boolean))];
  if (names.length > 0) return names.map((name) => ({ "@type": "Person", name }));
  // A reprint without a byline is the source's work, not ours.
  if (article.source?.name) {
    return { "@type": "Organization", name: article.source.name, ...(article.source.url ? { url: article.source.url } : {}) };
  }
  return site;
}

export function articleJsonLd({ article, url, siteName, siteUrl, logoUrl }: ArticleJsonLdInput): NewsArticleJsonLd {
  const pageUrl = absolute(url, siteUrl);
  const site: Organization = { "@type": "Organization", name: siteName, url: absolute("/", siteUrl) };
  const published = new Date(article.publishedAt);
  const updated = new Date(article.modifiedAt);
  // An edit saved before a scheduled publication must not date the article earlier than it appeared.
  const modified = updated.getTime() > published.getTime() ? updated : published;
  const description = (article.summary || article.subtitle).trim();
  const image = coverImages(article, siteUrl);
  const keywords = article.tags.map((t) => t.trim()).filter(Boolean);

  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: truncateText(article.title, MAX_HEADLINE_LENGTH),
    ...(description ? { description } : {}),
    url: pageUrl,
    mainEntityOfPage: { "@type": "WebPage", "@id": pageUrl },
    datePublished: toChinaIso(published),
    dateModified: toChinaIso(modified),
    author: authors(article, site),
    publisher: { ...site, logo: { "@type": "ImageObject", url: absolute(logoUrl, siteUrl) } },
    ...(image ? { image } : {}),
    articleSection: article.section.name,
    ...(keywords.length > 0 ? { keywords } : {}),
    inLanguage: SITE_LANGUAGE,
    ...(article.corrections.length > 0
      ? {
          correction: article.corrections.map((c) => ({
            "@type": "CorrectionComment" as const,
            text: correctionText(c),
            datePublished: toChinaIso(new Date(c.createdAt)),
          })),
        }
      : {}),
    isAccessibleForFree: true,
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser
 * ends a script at the first "</script", whatever JSON it sits in, so every
 * <, > and & is written as a \u escape (JSON reads them back unchanged);
 * U+2028/U+2029 too, for parsers that treat them as line ends.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
