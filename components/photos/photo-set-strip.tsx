import { BlockHeading } from "@/components/ui/block-heading";
import { photosHref } from "@/lib/site/channels";
import type { PhotoSetListItem } from "@/lib/view-types";
import { PhotoSetCard } from "./photo-set-card";

/**
 * 黔图汇 for the homepage (data from getLatestPhotoSets): a row to swipe
 * on phones, a grid of four on wide screens, and a link to the channel.
 */
export function PhotoSetStrip({ items, heading = "黔图汇" }: { items: PhotoSetListItem[]; heading?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="photo-sets-heading" className="mt-8">
      <BlockHeading id="photo-sets-heading" title={heading} moreHref={photosHref()} moreLabel="图集" />
      <ul className="scroll-row mt-3 flex snap-x gap-3 pb-1 lg:grid lg:grid-cols-4">
        {items.map((set) => (
          <li key={set.id} className="strip-item">
            <PhotoSetCard set={set} sizes="(min-width: 1024px) 280px, 224px" headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
