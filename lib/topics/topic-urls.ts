import type { TopicItemView } from "@/lib/view-types";
import { articleHref } from "@/lib/site/channels";

// 专题 URLs, and where each kind of item in a topic leads: articles to
// /article/<id>, photo sets to 黔图汇 (/photos/<id>), video and audio to
// 视听中心 (/video/<id>).

export const TOPICS_PATH = "/topics";

export function topicHref(slug: string): string {
  return `${TOPICS_PATH}/${slug}`;
}

export function topicItemHref(item: Pick<TopicItemView, "kind" | "id">): string {
  if (item.kind === "photos") return `/photos/${item.id}`;
  if (item.kind === "media") return `/video/${item.id}`;
  return articleHref(item.id);
}
