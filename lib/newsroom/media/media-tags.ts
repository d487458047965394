import { cacheTags } from "@/lib/cache/tags";

/** What a change to a public item touches: its page, every 视听 list and feed, and the homepage's block. */
export function publicMediaTags(id: number): string[] {
  return [cacheTags.mediaItem(id), cacheTags.media, cacheTags.home];
}
