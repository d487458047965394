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
          <li key={item.id} className="strip-item">
            <a href={mediaItemHref(item.id)} className="group block">
              <MediaPoster item={item} sizes="(min-width: 1024px) 280px, 224px" />
              <p className="strip-title">{item.title}</p>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
