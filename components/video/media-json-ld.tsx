import { serializeJsonLd } from "@/lib/seo/article-json-ld";
import { mediaJsonLd } from "@/lib/seo/media-json-ld";
import { SITE_NAME } from "@/lib/seo/site-identity";
import type { MediaItemView } from "@/lib/view-types";

/** A 视听 item as schema.org VideoObject/AudioObject (server component, no client JS). */
export function MediaJsonLd({ item, url, siteUrl }: { item: MediaItemView; url: string; siteUrl: string }) {
  const data = mediaJsonLd({ item, url, siteName: SITE_NAME, siteUrl });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
