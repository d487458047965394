import { sectionStaticParams } from "@/lib/site/news-pages";
import { notFoundText } from "@/lib/feeds/responses";
import { sectionFollowFeed } from "@/lib/site/follow-feeds";

// /news/<section>/latest.json: the section's newest articles, for the 我的关注
// block of readers who follow it. Cached like the section's RSS feed.
export const revalidate = 300;
export const dynamicParams = true;

export const generateStaticParams = sectionStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const feed = await sectionFollowFeed((await params).section);
  return feed ? Response.json(feed) : notFoundText("栏目不存在");
}
