import type { MediaKind } from "@/lib/view-types";

// URLs of 视听中心. The kind filter is a path segment, like page numbers, so
// every filtered page is a plain cacheable URL: /video, /video/audio/page/2.

export const VIDEO_FILTERS: { kind: MediaKind | null; label: string }[] = [
  { kind: null, label: "全部" },
  { kind: "video", label: "视频" },
  { kind: "audio", label: "音频" },
];

export function videoHref(kind: MediaKind | null = null, page = 1): string {
  const base = kind ? `/video/${kind}` : "/video";
  return page > 1 ? `${base}/page/${page}` : base;
}

export function mediaItemHref(id: number): string {
  return `/video/${id}`;
}


export const KIND_LABELS: Record<MediaKind, string> = { video: "视频", audio: "音频" };
