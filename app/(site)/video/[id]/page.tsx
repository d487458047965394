import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { TimeText } from "@/components/ui/time-text";
import { ViewBeacon } from "@/components/ui/view-beacon";
import { MediaGrid } from "@/components/video/media-grid";
import { MediaJsonLd } from "@/components/video/media-json-ld";
import { MediaPlayer } from "@/components/video/media-player";
import { getRelatedMediaItems } from "@/lib/data/media/get-media-item";
import { findRecentMediaIds } from "@/lib/data/media/list-media";
import { getSiteUrl } from "@/lib/data/settings/get-site-url";
import { formatDuration, isoDuration } from "@/lib/format/duration";
import { imageSrc } from "@/lib/media/image-url";
import { KIND_LABELS, mediaItemHref, videoHref } from "@/lib/site/video-links";
import { videoFeedAlternates } from "@/lib/feeds/alternates";
import { loadMediaItem } from "@/lib/site/video-pages";

export const revalidate = 3600;
// Older items are rendered on their first request and cached from then on.
export const dynamicParams = true;

export async function generateStaticParams() {
  const ids = await findRecentMediaIds(24);
  return ids.map((id) => ({ id: String(id) }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await loadMediaItem((await params).id);
  const poster = item.poster ? [{ url: imageSrc(item.poster, 960) }] : undefined;
  return {
    title: item.title,
    description: item.summary,
    alternates: { canonical: mediaItemHref(item.id), types: videoFeedAlternates() },
    openGraph: { type: item.kind === "video" ? "video.other" : "music.song", title: item.title, description: item.summary, images: poster },
  };
}

export default async function MediaItemPage({ params }: Props) {
  const item = await loadMediaItem((await params).id);
  const [related, siteUrl] = await Promise.all([
    getRelatedMediaItems({ id: item.id, kind: item.kind, sectionSlug: item.section?.slug ?? null }),
    getSiteUrl(),
  ]);
  return (
    <article className="mx-auto max-w-3xl">
      <ViewBeacon kind="media" id={item.id} />
      <MediaJsonLd item={item} url={mediaItemHref(item.id)} siteUrl={siteUrl} />
      <Breadcrumb
        items={[
          { label: "首页", href: "/" },
          { label: "视听中心", href: videoHref() },
          { label: KIND_LABELS[item.kind], href: videoHref(item.kind) },
          { label: "正文" },
        ]}
      />
      <h1 className="mt-1 text-2xl leading-snug font-bold">{item.title}</h1>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span>
          时间 <TimeText iso={item.publishedAt} />
        </span>
        <span>
          时长 <time dateTime={isoDuration(item.durationSeconds)}>{formatDuration(item.durationSeconds)}</time>
        </span>
        {item.section ? <span>栏目 {item.section.name}</span> : null}
      </p>
      <div className="mt-4">
        <MediaPlayer item={item} />
      </div>
      {item.summary ? <p className="mt-4 leading-relaxed">{item.summary}</p> : null}
      {related.length > 0 ? (
        <section aria-labelledby="related-media-heading" className="mt-8">
          <h2 id="related-media-heading" className="border-l-4 border-brand pl-2 text-lg font-bold">
            相关{KIND_LABELS[item.kind]}
          </h2>
          <MediaGrid items={related} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
