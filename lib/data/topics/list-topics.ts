import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { TopicSummary, TopicTeaser } from "@/lib/view-types";
import { topicOrder, topicSummarySelect, toTopicSummary } from "./topic-shapes";

/** Topics for the homepage teaser: ongoing ones first, in the editors' order. Hidden topics never. */
export async function findTopicTeasers(limit: number): Promise<TopicTeaser[]> {
  const rows = await db.topic.findMany({
    where: { visible: true },
    orderBy: topicOrder,
    take: limit,
    select: { slug: true, title: true, summary: true, ongoing: true, bannerImage: { select: imageSelect } },
  });
  return rows.map(({ bannerImage, ...t }) => ({ ...t, banner: toImageView(bannerImage) }));
}

export const getTopicTeasers = cachedQuery("topic-teasers", findTopicTeasers, () => [cacheTags.topics]);

/**
 * /topics: every visible topic, 进行中 first, then 已结束, each in the
 * editors' order, with how many items a reader will find in it.
 */
export async function findTopicDirectory(): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({ where: { visible: true }, orderBy: topicOrder, select: topicSummarySelect });
  return rows.map(toTopicSummary);
}

export const getTopicDirectory = cachedQuery("topic-directory", findTopicDirectory, () => [cacheTags.topics]);

/** The ongoing topics, for a homepage block. */
export async function findOngoingTopics(limit: number): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({ where: { visible: true, ongoing: true }, orderBy: topicOrder, take: limit, select: topicSummarySelect });
  return rows.map(toTopicSummary);
}
