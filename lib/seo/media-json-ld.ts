import { toChinaIso } from "@/lib/format/date";
import { isoDuration } from "@/lib/format/duration";
import { avUrl } from "@/lib/media/av/av-url";
import { imageUrl } from "@/lib/media/image-url";
import type { MediaItemView } from "@/lib/view-types";
import { SITE_LANGUAGE } from "./site-identity";

// schema.org VideoObject / AudioObject for a 视听 item's page, so that search
// engines can list the clip with its poster, length and date. Pure: everything
// arrives as arguments.

export type MediaObjectJsonLd = {
  "@context": "https://schema.org";
  "@type": "VideoObject" | "AudioObject";
  name: string;
  description: string;
  url: string;
  contentUrl: string;
  encodingFormat: string;
  uploadDate: string;
  duration?: string;
  thumbnailUrl?: string[];
  inLanguage: string;
  publisher: { "@type": "Organization"; name: string; url: string };
};

export type MediaJsonLdInput = {
  item: MediaItemView;
  /** The item's page, absolute or relative to siteUrl. */
  url: string;
  siteName: string;
  siteUrl: string;
};

export function mediaJsonLd({ item, url, siteName, siteUrl }: MediaJsonLdInput): MediaObjectJsonLd {
  const absolute = (path: string) => new URL(path, siteUrl).toString();
  const poster = item.poster;
  const largest = poster && poster.widths.length > 0 ? Math.max(...poster.widths) : null;
  return {
    "@context": "https://schema.org",
    "@type": item.kind === "audio" ? "AudioObject" : "VideoObject",
    name: item.title,
    // Video results need a description; the title stands in when the summary is empty.
    description: item.summary.trim() || item.title,
    url: absolute(url),
    contentUrl: absolute(avUrl(item.fileName)),
    encodingFormat: item.mimeType,
    uploadDate: toChinaIso(new Date(item.publishedAt)),
    ...(item.durationSeconds > 0 ? { duration: isoDuration(item.durationSeconds) } : {}),
    ...(poster && largest ? { thumbnailUrl: [absolute(imageUrl(poster, largest))] } : {}),
    inLanguage: SITE_LANGUAGE,
    publisher: { "@type": "Organization", name: siteName, url: absolute("/") },
  };
}
