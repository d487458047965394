import type { Metadata } from "next";
import { absoluteUrl, SITE_FEED_PATH } from "@/lib/feeds/urls";
import type { MediaKind } from "@/lib/view-types";
import { KIND_LABELS, VIDEO_FEED_PATH, videoHref } from "./video-links";

/** The channel's feed first, then the site's (Next replaces `alternates` as a whole). */
export function videoFeedAlternates() {
  return {
    "application/rss+xml": [
      { url: absoluteUrl(VIDEO_FEED_PATH), title: "视听中心 - 黔东南信息港 RSS" },
      { url: absoluteUrl(SITE_FEED_PATH), title: "黔东南信息港 RSS" },
    ],
  };
}

export function mediaListMetadata(kind: MediaKind | null, page = 1): Metadata {
  const name = kind ? `视听中心 ${KIND_LABELS[kind]}` : "视听中心";
  return {
    title: page > 1 ? `${name} 第${page}页` : name,
    description: "黔东南信息港视听中心：本地新闻视频与音频节目。",
    alternates: { canonical: videoHref(kind, page), types: videoFeedAlternates() },
  };
}
