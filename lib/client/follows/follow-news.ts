import type { FollowFeed, FollowItem } from "@/lib/follows/follow-feed";

// What the 我的关注 block shows, worked out on the device from the lists of
// what the reader follows and what they were shown before. Pure: unit-tested.

export type FollowNewsItem = FollowItem & { source: string; isNew: boolean };

export type FollowedFeed = { feed: FollowFeed; followedAt: string };

/**
 * The newest items of everything followed, newest first, each once (an
 * article can be in a followed section and a followed topic). An item is 新
 * when the homepage has not shown it before (`homeSeen`) and it appeared after
 * its source was followed: following a section does not make its past new.
 */
export function followNews(feeds: FollowedFeed[], homeSeen: readonly string[], limit: number): FollowNewsItem[] {
  const seen = new Set(homeSeen);
  const byKey = new Map<string, FollowNewsItem>();
  for (const { feed, followedAt } of feeds) {
    for (const item of feed.items) {
      const isNew = !seen.has(item.key) && item.publishedAt > followedAt;
      const known = byKey.get(item.key);
      if (!known) byKey.set(item.key, { ...item, source: feed.name, isNew });
      else if (isNew) known.isNew = true;
    }
  }
  return [...byKey.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, limit);
}

/** Every item key the lists hold: remembered as shown once the block has drawn them. */
export function allItemKeys(feeds: FollowedFeed[]): string[] {
  return [...new Set(feeds.flatMap(({ feed }) => feed.items.map((i) => i.key)))];
}

/**
 * How many items a topic holds that it did not when the reader last opened
 * it (or followed it). 0 when that is unknown: nothing to compare with.
 */
export function newSinceSeen(feed: FollowFeed, seen: readonly string[] | undefined): number {
  if (!seen) return 0;
  const known = new Set(seen);
  return feed.items.filter((i) => !known.has(i.key)).length;
}

/** Where a topic's page remembers the items it showed. */
export function topicSeenPlace(slug: string): string {
  return `topic:${slug}`;
}

export const HOME_SEEN_PLACE = "home";
