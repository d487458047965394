import type { TopicItemView, TopicView } from "@/lib/view-types";
import { articleHref, photoSetHref } from "@/lib/site/channels";
import { mediaItemHref } from "@/lib/site/video-links";

// 专题 URLs, and where each kind of item in a topic leads: articles to
// /article/<id>, photo sets to 黔图汇 (/photos/<id>), video and audio to
// 视听中心 (/video/<id>).

export const TOPICS_PATH = "/topics";

export function topicHref(slug: string): string {
  return `${TOPICS_PATH}/${slug}`;
}

export function topicItemHref(item: Pick<TopicItemView, "kind" | "id">): string {
  if (item.kind === "photos") return photoSetHref(item.id);
  if (item.kind === "media") return mediaItemHref(item.id);
  return articleHref(item.id);
}

/** An item's key in 关注 (`article:12`, `photos:3`, `media:7`): the same thing in any list. */
export function topicItemKey(item: Pick<TopicItemView, "kind" | "id">): string {
  return `${item.kind}:${item.id}`;
}

/** Every item of a topic once, as keys: what a follower opening its page has seen. */
export function topicItemKeys(topic: Pick<TopicView, "groups">): string[] {
  return [...new Set(topic.groups.flatMap((g) => g.items.map(topicItemKey)))];
}
