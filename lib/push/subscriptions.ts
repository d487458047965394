import "server-only";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { findVisibleTopicSlugs } from "@/lib/data/topics/get-topic";
import { db } from "@/lib/db/client";
import type { PushSubscriptionInput } from "@/lib/validation/push-subscription";
import { joinSlugs, splitSlugs } from "./slug-list";

export type SaveResult = { ok: true; created: boolean; sections: string[]; topics: string[] } | { ok: false; error: string };

/**
 * Stores a browser's subscription, or updates its keys, sections and topics
 * when the endpoint is known already (changing choices is subscribing
 * again). Every chosen section and topic must exist (topics: be public); no
 * section chosen means every section. `known` is whether the endpoint is
 * stored already, when the caller has asked.
 */
export async function saveSubscription(input: PushSubscriptionInput, known?: boolean): Promise<SaveResult> {
  const [sectionSlugs, topicSlugs] = await Promise.all([findNewsSections().then((list) => list.map((s) => s.slug)), findVisibleTopicSlugs()]);
  const unknownSections = missingFrom(input.sections, sectionSlugs);
  if (unknownSections.length) return { ok: false, error: `没有这些栏目：${unknownSections.join("、")}` };
  const unknownTopics = missingFrom(input.topics, topicSlugs);
  if (unknownTopics.length) return { ok: false, error: `没有这些专题：${unknownTopics.join("、")}` };

  const sections = joinSlugs(input.sections);
  const topics = joinSlugs(input.topics);
  const data = { p256dh: input.keys.p256dh, auth: input.keys.auth, sections, topics };
  const existed = known ?? (await subscriptionExists(input.endpoint));
  await db.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
  return { ok: true, created: !existed, sections: splitSlugs(sections), topics: splitSlugs(topics) };
}

function missingFrom(chosen: readonly string[], existing: readonly string[]): string[] {
  const known = new Set(existing);
  return chosen.filter((slug) => !known.has(slug));
}

/** Forgets a subscription; true when there was one. */
export async function removeSubscription(endpoint: string): Promise<boolean> {
  const removed = await db.pushSubscription.deleteMany({ where: { endpoint } });
  return removed.count > 0;
}

export async function subscriptionExists(endpoint: string): Promise<boolean> {
  return (await db.pushSubscription.count({ where: { endpoint } })) > 0;
}
