import "server-only";
import { canManageTopics } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forbidden, notFound, notSignedIn } from "../errors";

// What every 专题 command starts with (the permission check) and ends with
// (the tags of the public pages it changed).

type Tx = Prisma.TransactionClient;

export function assertMayManageTopics(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw notSignedIn();
  if (!canManageTopics(actor)) throw forbidden("管理专题");
}

/** Ids of the articles in a topic, whose pages show 本文所属专题. */
export async function topicArticleIds(topicId: number, tx: Tx = db): Promise<number[]> {
  const rows = await tx.topicItem.findMany({ where: { group: { topicId }, articleId: { not: null } }, select: { articleId: true } });
  return [...new Set(rows.flatMap((r) => (r.articleId ? [r.articleId] : [])))];
}

/** The directory and teaser (`topics`), the topic's page, and the pages of the given articles. */
export function topicTags(slugs: string[], articleIds: number[]): string[] {
  return [cacheTags.topics, ...slugs.map(cacheTags.topic), ...articleIds.map(cacheTags.article)];
}

export async function loadGroup(groupId: number) {
  const group = await db.topicGroup.findUnique({ where: { id: groupId }, select: { id: true, title: true, topicId: true, topic: { select: { slug: true, title: true } } } });
  if (!group) throw notFound("专题分组");
  return group;
}

/**
 * Moves one row a place up or down among its siblings and renumbers them
 * 0…n-1, so positions stay dense whatever earlier edits left behind.
 */
export function reorder<T extends { id: number }>(siblings: T[], id: number, direction: "up" | "down"): T[] | null {
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= siblings.length) return null;
  const next = [...siblings];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
