import Link from "next/link";
import { BlockHeading } from "@/components/ui/block-heading";
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
      <BlockHeading id="media-strip-heading" title={heading} moreHref={videoHref()} moreLabel="视听节目" />
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
