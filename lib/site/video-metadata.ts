import type { Metadata } from "next";
import { videoFeedAlternates } from "@/lib/feeds/alternates";
import type { MediaKind } from "@/lib/view-types";
import { KIND_LABELS, videoHref } from "./video-links";

export function mediaListMetadata(kind: MediaKind | null, page = 1): Metadata {
  const name = kind ? `视听中心 ${KIND_LABELS[kind]}` : "视听中心";
  return {
    title: page > 1 ? `${name} 第${page}页` : name,
    description: "黔东南信息港视听中心：本地新闻视频与音频节目。",
    alternates: { canonical: videoHref(kind, page), types: videoFeedAlternates() },
  };
}
