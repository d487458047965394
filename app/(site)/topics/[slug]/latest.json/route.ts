import { findVisibleTopicSlugs } from "@/lib/data/topics/get-topic";
import { notFoundText } from "@/lib/feeds/responses";
import { topicFollowFeed } from "@/lib/site/follow-feeds";

// /topics/<slug>/latest.json: every item of the topic, for readers who follow
// it (their device counts what is new since they last opened it). Cached like
// the topic's page, under the same tags.
export const revalidate = 600;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await findVisibleTopicSlugs()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await topicFollowFeed((await params).slug);
  return feed ? Response.json(feed) : notFoundText("专题不存在");
}
