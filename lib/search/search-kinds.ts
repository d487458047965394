import { articleHref } from "@/lib/site/channels";

// The kinds of things the search covers, as stored in SearchDocument.kind,
// with the reader page each one links to.

export const SEARCH_KINDS = ["article", "photos", "media", "topic"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function searchResultHref(kind: SearchKind, ref: { id: number; slug?: string }): string {
  switch (kind) {
    case "article":
      return articleHref(ref.id);
    case "photos":
      return `/photos/${ref.id}`;
    case "media":
      return `/video/${ref.id}`;
    case "topic":
      return `/topics/${ref.slug ?? ""}`;
  }
}
