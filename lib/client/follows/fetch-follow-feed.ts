import { followFeedHref, type FollowKind, type FollowFeed } from "@/lib/follows/follow-feed";

/**
 * A followed section's or topic's list; null when it cannot be had (no
 * network, gone). The lists carry the ISR pages' `s-maxage=…,
 * stale-while-revalidate=…`, on which the browser's own cache would hand back
 * a stale copy: the server (or the edge) is asked each time.
 */
export async function fetchFollowFeed(kind: FollowKind, slug: string): Promise<FollowFeed | null> {
  try {
    const response = await fetch(followFeedHref(kind, slug), { cache: "no-cache" });
    return response.ok ? ((await response.json()) as FollowFeed) : null;
  } catch {
    return null;
  }
}
