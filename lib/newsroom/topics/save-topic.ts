import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { db } from "@/lib/db/client";
import { syncSearchQuietly, syncTopicSearch } from "@/lib/search/sync-search";
import type { TopicFormInput } from "@/lib/validation/topic";
import { recordAudit } from "../audit";
import { CommandError, notFound } from "../errors";
import { topicOrder } from "@/lib/data/topics/topic-shapes";
import { assertMayManageTopics, reorder, topicArticleIds, topicTags } from "./topic-access";

type Context = { ip?: string };

/**
 * Creates a topic (at the end of the editors' order) or edits one. The
 * introduction is sanitized here with the articles' allowlist, whatever the
 * form sent. A changed title, slug or visibility changes the 本文所属专题
 * link on every article of the topic, so their tags are returned too.
 */
export async function saveTopic(actor: Actor | null, input: TopicFormInput, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const { id, bannerImageId, introHtml, ...fields } = input;
  const data = { ...fields, introHtml: sanitizeArticleHtml(introHtml), bannerImageId: bannerImageId === "" ? null : bannerImageId };

  if (data.bannerImageId !== null && !(await db.image.findUnique({ where: { id: data.bannerImageId }, select: { id: true } }))) {
    throw new CommandError("invalid", "题图不存在，请重新上传", { bannerImageId: "题图不存在，请重新上传" });
  }
  const clash = await db.topic.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (clash && clash.id !== id) throw new CommandError("invalid", "专题网址已被使用", { slug: `网址 /topics/${data.slug} 已被其他专题使用` });

  if (id === "") {
    const last = await db.topic.aggregate({ _max: { position: true } });
    const created = await db.$transaction(async (tx) => {
      const row = await tx.topic.create({ data: { ...data, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
      await recordAudit({ userId: actor.id, action: "topic.create", targetType: "topic", targetId: row.id, detail: data.title, ip }, tx);
      return row;
    });
    await syncSearchQuietly(() => syncTopicSearch(created.id));
    return { id: created.id, revalidate: topicTags([data.slug], []) };
  }

  const existing = await db.topic.findUnique({ where: { id }, select: { slug: true } });
  if (!existing) throw notFound("专题");
  const articleIds = await topicArticleIds(id);
  await db.$transaction(async (tx) => {
    await tx.topic.update({ where: { id }, data });
    await recordAudit({ userId: actor.id, action: "topic.update", targetType: "topic", targetId: id, detail: data.title, ip }, tx);
  });
  await syncSearchQuietly(() => syncTopicSearch(id));
  return { id, revalidate: topicTags([existing.slug, data.slug], articleIds) };
}

/**
 * Moves a topic a place up or down in the editors' order, among the topics
 * of the same kind (进行中 ones always come before 已结束 ones). Only the
 * directory and the teaser change.
 */
export async function moveTopic(actor: Actor | null, { topicId, direction }: { topicId: number; direction: "up" | "down" }, { ip = "" }: Context = {}) {
  assertMayManageTopics(actor);
  const topic = await db.topic.findUnique({ where: { id: topicId }, select: { ongoing: true, title: true } });
  if (!topic) throw notFound("专题");
  const siblings = await db.topic.findMany({ where: { ongoing: topic.ongoing }, orderBy: topicOrder, select: { id: true } });
  const order = reorder(siblings, topicId, direction);
  if (order) {
    await db.$transaction(async (tx) => {
      for (const [position, t] of order.entries()) await tx.topic.update({ where: { id: t.id }, data: { position } });
      await recordAudit({ userId: actor.id, action: "topic.update", targetType: "topic", targetId: topicId, detail: `调整专题「${topic.title}」顺序`, ip }, tx);
    });
  }
  return { id: topicId, revalidate: topicTags([], []) };
}
