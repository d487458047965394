import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { recordAudit } from "../audit";
import { notFound } from "../errors";
import { assertMayManageTopics, loadGroup, reorder, topicTags } from "./topic-access";

// A topic's groups (分组): add, rename, move, remove. Only the topic's own
// page and the directory change, except when removing a group takes
// articles out of the topic.

type Context = { ip?: string };

export async function addTopicGroup(actor: Actor | null, { topicId, title }: { topicId: number; title: string }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const topic = await db.topic.findUnique({ where: { id: topicId }, select: { slug: true, title: true } });
  if (!topic) throw notFound("专题");
  const last = await db.topicGroup.aggregate({ where: { topicId }, _max: { position: true } });
  const group = await db.$transaction(async (tx) => {
    const row = await tx.topicGroup.create({ data: { topicId, title, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
    await recordAudit({ userId: actor.id, action: "topic.groups", targetType: "topic", targetId: topicId, detail: `${topic.title}：新增分组「${title}」`, ip }, tx);
    return row;
  });
  return { id: group.id, revalidate: topicTags([topic.slug], []) };
}

export async function renameTopicGroup(actor: Actor | null, { groupId, title }: { groupId: number; title: string }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const group = await loadGroup(groupId);
  await db.$transaction(async (tx) => {
    await tx.topicGroup.update({ where: { id: groupId }, data: { title } });
    await recordAudit({ userId: actor.id, action: "topic.groups", targetType: "topic", targetId: group.topicId, detail: `${group.topic.title}：分组「${group.title}」改名为「${title}」`, ip }, tx);
  });
  return { id: groupId, revalidate: topicTags([group.topic.slug], []) };
}

export async function moveTopicGroup(actor: Actor | null, { groupId, direction }: { groupId: number; direction: "up" | "down" }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const group = await loadGroup(groupId);
  const siblings = await db.topicGroup.findMany({ where: { topicId: group.topicId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  const order = reorder(siblings, groupId, direction);
  if (order) {
    await db.$transaction(async (tx) => {
      for (const [position, g] of order.entries()) await tx.topicGroup.update({ where: { id: g.id }, data: { position } });
      await recordAudit({ userId: actor.id, action: "topic.groups", targetType: "topic", targetId: group.topicId, detail: `${group.topic.title}：调整分组「${group.title}」顺序`, ip }, tx);
    });
  }
  return { id: groupId, revalidate: topicTags([group.topic.slug], []) };
}

/** Removes a group and its items (not the articles they point at). */
export async function removeTopicGroup(actor: Actor | null, { groupId }: { groupId: number }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const group = await loadGroup(groupId);
  const items = await db.topicItem.findMany({ where: { groupId, articleId: { not: null } }, select: { articleId: true } });
  await db.$transaction(async (tx) => {
    await tx.topicGroup.delete({ where: { id: groupId } });
    await recordAudit({ userId: actor.id, action: "topic.groups", targetType: "topic", targetId: group.topicId, detail: `${group.topic.title}：删除分组「${group.title}」`, ip }, tx);
  });
  return { id: groupId, revalidate: topicTags([group.topic.slug], items.flatMap((i) => (i.articleId ? [i.articleId] : []))) };
}
