import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { TOPIC_ITEM_KIND_LABELS, type TopicItemKind } from "@/lib/validation/topic";
import { recordAudit } from "../audit";
import { CommandError, notFound } from "../errors";
import { assertMayManageTopics, loadGroup, reorder, topicTags } from "./topic-access";
import { STATUS } from "@/lib/content/status";

// The items of a topic group: an article, a photo set or a video/audio item,
// each by id. Adding or removing an article changes its page's 本文所属专题
// link, so its tag is returned with the topic's.

type Context = { ip?: string };

const TARGET_COLUMN = { article: "articleId", photos: "photoSetId", media: "mediaItemId" } as const;

async function publishedTitle(kind: TopicItemKind, id: number): Promise<string | null> {
  const where = { id, status: STATUS.published };
  const select = { title: true } as const;
  const row =
    kind === "article"
      ? await db.article.findFirst({ where, select })
      : kind === "photos"
        ? await db.photoSet.findFirst({ where, select })
        : await db.mediaItem.findFirst({ where, select });
  return row?.title ?? null;
}

export async function addTopicItem(
  actor: Actor | null,
  { groupId, kind, targetId }: { groupId: number; kind: TopicItemKind; targetId: number },
  { ip = "" }: Context = {},
) {
  assertMayManageTopics(actor);
  const group = await loadGroup(groupId);
  const title = await publishedTitle(kind, targetId);
  if (!title) throw new CommandError("invalid", `${TOPIC_ITEM_KIND_LABELS[kind]} #${targetId} 不存在或未发布`, { targetId: `${TOPIC_ITEM_KIND_LABELS[kind]} #${targetId} 不存在或未发布` });
  const column = TARGET_COLUMN[kind];
  const duplicate = await db.topicItem.findFirst({ where: { [column]: targetId, group: { topicId: group.topicId } }, select: { group: { select: { title: true } } } });
  if (duplicate) throw new CommandError("conflict", `「${title}」已在本专题的「${duplicate.group.title}」分组中`);
  const last = await db.topicItem.aggregate({ where: { groupId }, _max: { position: true } });
  const item = await db.$transaction(async (tx) => {
    const row = await tx.topicItem.create({ data: { groupId, [column]: targetId, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
    await recordAudit({ userId: actor.id, action: "topic.items", targetType: "topic", targetId: group.topicId, detail: `${group.topic.title}／${group.title}：加入${TOPIC_ITEM_KIND_LABELS[kind]}「${title}」`, ip }, tx);
    return row;
  });
  return { id: item.id, revalidate: topicTags([group.topic.slug], kind === "article" ? [targetId] : []) };
}

async function loadItem(itemId: number) {
  const item = await db.topicItem.findUnique({ where: { id: itemId }, select: { id: true, groupId: true, articleId: true } });
  if (!item) throw notFound("专题条目");
  return { ...item, group: await loadGroup(item.groupId) };
}

export async function moveTopicItem(actor: Actor | null, { itemId, direction }: { itemId: number; direction: "up" | "down" }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const item = await loadItem(itemId);
  const siblings = await db.topicItem.findMany({ where: { groupId: item.groupId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  const order = reorder(siblings, itemId, direction);
  if (order) {
    await db.$transaction(async (tx) => {
      for (const [position, i] of order.entries()) await tx.topicItem.update({ where: { id: i.id }, data: { position } });
      await recordAudit({ userId: actor.id, action: "topic.items", targetType: "topic", targetId: item.group.topicId, detail: `${item.group.topic.title}／${item.group.title}：调整顺序`, ip }, tx);
    });
  }
  return { id: itemId, revalidate: topicTags([item.group.topic.slug], []) };
}

export async function removeTopicItem(actor: Actor | null, { itemId }: { itemId: number }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const item = await loadItem(itemId);
  await db.$transaction(async (tx) => {
    await tx.topicItem.delete({ where: { id: itemId } });
    await recordAudit({ userId: actor.id, action: "topic.items", targetType: "topic", targetId: item.group.topicId, detail: `${item.group.topic.title}／${item.group.title}：移除条目 #${itemId}`, ip }, tx);
  });
  return { id: itemId, revalidate: topicTags([item.group.topic.slug], item.articleId ? [item.articleId] : []) };
}
