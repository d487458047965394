import "server-only";
import { db } from "@/lib/db/client";
import { STATUS } from "@/lib/content/status";
import type { PushAudience } from "./send-article-push";
import { wantsSection, wantsTopic } from "./slug-list";

// 专题 pushes. An article joins a topic after it is published (only published
// items can be added), so the push at publishing never reaches a topic's
// subscribers; a chief editor sends an article of a topic to them from the
// topic's page, once per topic item.

/** Marks an article item of a topic as pushed. Only one caller ever succeeds; returns the time set, or null. */
export async function claimTopicItemPush(itemId: number, now = new Date()): Promise<Date | null> {
  const claimed = await db.topicItem.updateMany({
    where: { id: itemId, pushedAt: null, article: { status: STATUS.published } },
    data: { pushedAt: now },
  });
  return claimed.count === 1 ? now : null;
}

/**
 * The readers who chose the topic, less those the article's own push at
 * publishing already reached (they wanted its section and subscribed before
 * it went out): nobody gets the same article twice for following both.
 */
export function topicAudience(topic: { slug: string; title: string }): PushAudience {
  return {
    topicTitle: topic.title,
    where: (article) => {
      if (!article.pushedAt) return wantsTopic(topic.slug);
      const reached = { AND: [wantsSection(article.section.slug), { createdAt: { lte: article.pushedAt } }] };
      return { AND: [wantsTopic(topic.slug), { NOT: reached }] };
    },
  };
}
