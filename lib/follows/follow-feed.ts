// 关注: what a reader may follow (a news section or a 专题) and the small
// JSON list of its newest items that the reader's device fetches for the
// homepage's 我的关注 block. Shared by the route handlers that serve the lists
// and the browser code that reads them; pure.
import { sectionHref, URL_SLUG } from "@/lib/site/channels";
import { topicHref } from "@/lib/topics/topic-urls";

export type FollowKind = "section" | "topic";

/** One item of a followed section or topic; `key` is `<kind>:<id>` (article:12, photos:3, media:7), the same item in any list. */
export type FollowItem = {
  key: string;
  title: string;
  href: string;
  publishedAt: string;
  /** A section's articles: when their text last changed (今日要闻离线版 re-downloads only what changed). */
  modifiedAt?: string;
};

export type FollowFeed = {
  kind: FollowKind;
  slug: string;
  name: string;
  href: string;
  /** Newest first. A section's newest few; a topic's every item, so its device can count what is new. */
  items: FollowItem[];
};

/** How many of a section's newest articles its list carries. */
export const SECTION_FOLLOW_ITEMS = 10;

export function isFollowSlug(slug: string): boolean {
  return URL_SLUG.test(slug);
}

/** The page of a followed section or topic. */
export function followPageHref(kind: FollowKind, slug: string): string {
  return kind === "section" ? sectionHref(slug) : topicHref(slug);
}

/** Where a followed section's or topic's list is served: beside the section's RSS feed, under the topic's page. */
export function followFeedHref(kind: FollowKind, slug: string): string {
  return `${followPageHref(kind, slug)}/latest.json`;
}

const FOLLOW_FEED_PATH = /^\/(news|topics)\/([^/]+)\/latest\.json$/;

/** A follow list's path: the service worker keeps them (network first), so 我的关注 still shows the last lists offline. */
export function isFollowFeedPath(pathname: string): boolean {
  const match = FOLLOW_FEED_PATH.exec(pathname);
  return match !== null && isFollowSlug(match[2]);
}
