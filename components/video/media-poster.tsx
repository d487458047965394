import { ResponsiveImage } from "@/components/ui/responsive-image";
import { formatClock } from "@/lib/format/duration";
import { KIND_LABELS } from "@/lib/site/video-links";
import type { MediaListItem } from "@/lib/view-types";

/** A poster with the kind and the running time over it; a plain panel when the item has no poster. */
export function MediaPoster({ item, sizes }: { item: MediaListItem; sizes: string }) {
  return (
    <div className="relative aspect-video overflow-hidden rounded bg-neutral-800">
      {item.poster ? <ResponsiveImage image={item.poster} sizes={sizes} alt="" className="h-full w-full object-cover" /> : null}
      <span className="absolute top-1.5 left-1.5 rounded bg-black/70 px-1.5 py-0.5 text-xs text-white">
        {item.kind === "audio" ? "♪ " : "▶ "}
        {KIND_LABELS[item.kind]}
      </span>
      <span className="absolute right-1.5 bottom-1.5 rounded bg-black/70 px-1.5 py-0.5 text-xs text-white tabular-nums">
        <span className="sr-only">时长</span>
        {formatClock(item.durationSeconds)}
      </span>
    </div>
  );
}
