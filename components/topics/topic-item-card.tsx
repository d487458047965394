import Link from "next/link";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { TimeText } from "@/components/ui/time-text";
import { topicItemHref } from "@/lib/topics/topic-urls";
import type { TopicItemView } from "@/lib/view-types";

const KIND_LABELS = { photos: "图集", video: "视频", audio: "音频" } as const;

function kindLabel(item: TopicItemView): string | null {
  if (item.kind === "photos") return KIND_LABELS.photos;
  if (item.kind === "media") return item.mediaKind === "audio" ? KIND_LABELS.audio : KIND_LABELS.video;
  return null;
}

/** 3:25 or 1:02:03. */
function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * One entry of a topic group. Articles read as a news list (title, date,
 * summary, thumbnail); photo sets and videos lead with their picture.
 */
export function TopicItemCard({ item }: { item: TopicItemView }) {
  const href = topicItemHref(item);
  const label = kindLabel(item);
  return (
    <div className="flex gap-3 py-4">
      <div className="min-w-0 flex-1">
        <h3 className="text-[1.0625rem] leading-snug font-bold">
          <Link prefetch={false} href={href} className="hover:text-brand">
            {label ? <span className="mr-1 text-brand">[{label}]</span> : null}
            {item.title}
          </Link>
        </h3>
        {item.summary ? <p className="mt-1 line-clamp-2 text-sm text-muted">{item.summary}</p> : null}
        <p className="mt-1 text-xs text-muted">
          <TimeText iso={item.publishedAt} />
          {item.kind === "media" && item.durationSeconds > 0 ? <span className="ml-2">时长 {duration(item.durationSeconds)}</span> : null}
        </p>
      </div>
      {item.cover ? (
        <Link prefetch={false} href={href} className="relative shrink-0" tabIndex={-1} aria-hidden>
          <ResponsiveImage image={item.cover} sizes="(min-width: 640px) 160px, 112px" alt="" className="h-20 w-28 rounded object-cover sm:h-24 sm:w-40" />
          {item.kind === "media" ? (
            <span className="absolute inset-0 flex items-center justify-center text-2xl text-white drop-shadow">▶</span>
          ) : null}
        </Link>
      ) : null}
    </div>
  );
}
