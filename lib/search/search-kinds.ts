import { articleHref, photoSetHref } from "@/lib/site/channels";
import { mediaItemHref } from "@/lib/site/video-links";
import { topicHref } from "@/lib/topics/topic-urls";

// The kinds of things the search covers, as stored in SearchDocument.kind,
// with the reader page each one links to.

export type SearchKind = "article" | "photos" | "media" | "topic";

export function searchResultHref(kind: SearchKind, ref: { id: number; slug?: string }): string {
  switch (kind) {
    case "article":
      return articleHref(ref.id);
    case "photos":
      return photoSetHref(ref.id);
    case "media":
      return mediaItemHref(ref.id);
    case "topic":
      return topicHref(ref.slug ?? "");
  }
}
