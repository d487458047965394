import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { TopicLink } from "@/lib/view-types";
import { topicOrder } from "./topic-shapes";
import { isId } from "@/lib/site/params";

/** The visible topics an article belongs to, for 本文所属专题 on its page. */
export async function findArticleTopics(articleId: number): Promise<TopicLink[]> {
  if (!isId(articleId)) return [];
  return db.topic.findMany({
    where: { visible: true, groups: { some: { items: { some: { articleId } } } } },
    orderBy: topicOrder,
    select: { slug: true, title: true },
  });
}

/**
 * Tagged with the article only, not with `topics`: a topic command expires
 * the `article:<id>` tags of exactly the articles whose link it changed, and
 * editing one topic does not re-render every article page.
 */
export const getArticleTopics = cachedQuery("article-topics", findArticleTopics, (articleId) => [cacheTags.article(articleId)]);
