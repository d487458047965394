import Link from "next/link";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { TimeText } from "@/components/ui/time-text";
import { photoSetHref } from "@/lib/site/channels";
import type { PhotoSetListItem } from "@/lib/view-types";

type PhotoSetCardProps = {
  set: PhotoSetListItem;
  /** How wide the card is drawn, for the cover's srcset. */
  sizes: string;
  /** The card's title is an h2 on /photos, an h3 inside a homepage block. */
  headingLevel?: 2 | 3;
};

/** A photo set in a grid or strip: cover, title, number of photos, date. */
export function PhotoSetCard({ set, sizes, headingLevel = 2 }: PhotoSetCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Link prefetch={false} href={photoSetHref(set.id)} className="group block">
      <div className="relative overflow-hidden rounded bg-neutral-200">
        {set.cover ? <ResponsiveImage image={set.cover} sizes={sizes} alt="" className="aspect-[4/3] w-full object-cover" /> : <div className="aspect-[4/3]" />}
        <span className="absolute right-1.5 bottom-1.5 rounded bg-black/70 px-1.5 text-xs leading-5 text-white">{set.photoCount}张</span>
      </div>
      <Heading className="mt-1.5 line-clamp-2 text-[0.95rem] leading-snug font-bold group-hover:text-brand">{set.title}</Heading>
      <p className="mt-0.5 text-xs text-muted">
        <TimeText iso={set.publishedAt} format="short" />
      </p>
    </Link>
  );
}
