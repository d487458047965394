import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import { mediaItemHref } from "@/lib/site/video-links";
import type { MediaListItem } from "@/lib/view-types";
import { MediaPoster } from "./media-poster";

/** 视听 items as cards: poster, title, date. Two columns on phones. */
export function MediaGrid({ items, headingLevel = 2 }: { items: MediaListItem[]; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return <p className="py-8 text-center text-muted">暂无节目</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="mt-4 grid grid-cols-2 gap-x-3 gap-y-5 sm:grid-cols-3">
      {items.map((item) => (
        <li key={item.id} className="min-w-0">
          <Link prefetch={false} href={mediaItemHref(item.id)} className="group block">
            <MediaPoster item={item} sizes="(min-width: 768px) 240px, 50vw" />
            <Heading className="mt-1.5 line-clamp-2 text-sm leading-snug font-bold group-hover:text-brand">{item.title}</Heading>
          </Link>
          <p className="mt-0.5 text-xs text-muted">
            <TimeText iso={item.publishedAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}
