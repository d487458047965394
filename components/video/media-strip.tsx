import Link from "next/link";
import { mediaItemHref, videoHref } from "@/lib/site/video-links";
import type { MediaListItem } from "@/lib/view-types";
import { MediaPoster } from "./media-poster";

/**
 * 视听 block for the homepage (data: getLatestMediaItems): swipeable on
 * phones, a row of four on wide screens. Renders nothing when there is nothing.
 */
export function MediaStrip({ items, heading = "视听中心" }: { items: MediaListItem[]; heading?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="media-strip-heading" className="mt-8">
      <div className="flex items-baseline justify-between border-b-2 border-brand pb-1">
        <h2 id="media-strip-heading" className="text-lg font-bold">
          {heading}
        </h2>
        <Link prefetch={false} href={videoHref()} className="inline-flex min-h-11 items-center text-sm text-muted hover:text-brand">
          更多<span className="sr-only">视听节目</span> ›
        </Link>
      </div>
      <ul className="scroll-row mt-3 flex snap-x gap-3 pb-1 lg:grid lg:grid-cols-4">
        {items.map((item) => (
          <li key={item.id} className="w-56 shrink-0 snap-start lg:w-auto">
            <Link prefetch={false} href={mediaItemHref(item.id)} className="group block">
              <MediaPoster item={item} sizes="(min-width: 1024px) 280px, 224px" />
              <p className="mt-1 line-clamp-2 text-sm group-hover:text-brand">{item.title}</p>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
