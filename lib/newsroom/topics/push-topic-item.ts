import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { STATUS } from "@/lib/content/status";
import { db } from "@/lib/db/client";
import { claimTopicItemPush } from "@/lib/push/topic-push";
import { recordAudit } from "../audit";
import { CommandError, notFound } from "../errors";
import { assertMayManageTopics } from "./topic-access";

/**
 * Claims the push of an article in a topic to the topic's subscribers, for
 * someone who may manage topics (checked here). Only marks it: the caller
 * sends it after answering (sendArticlePush with topicAudience).
 */
export async function requestTopicItemPush(actor: Actor | null, { itemId }: { itemId: number }, { ip = "" }: { ip?: string } = {}) {
  assertMayManageTopics(actor);
  const item = await db.topicItem.findUnique({
    where: { id: itemId },
    select: { articleId: true, article: { select: { title: true, status: true } }, group: { select: { topic: { select: { id: true, slug: true, title: true, visible: true } } } } },
  });
  if (!item) throw notFound("专题条目");
  const { topic } = item.group;
  if (!item.articleId || !item.article) throw new CommandError("invalid", "只有文章可以推送");
  if (item.article.status !== STATUS.published) throw new CommandError("invalid", "只有已发布的文章才能推送");
  if (!topic.visible) throw new CommandError("invalid", "专题未公开，读者无法订阅，不能推送");
  if (!(await claimTopicItemPush(itemId))) throw new CommandError("conflict", "这篇文章已推送给本专题的订阅者，每个专题只推送一次");
  await recordAudit({ userId: actor.id, action: "topic.push", targetType: "topic", targetId: topic.id, detail: `${topic.title}：推送「${item.article.title}」`, ip });
  return { articleId: item.articleId, topic: { slug: topic.slug, title: topic.title } };
}
