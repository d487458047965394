import "server-only";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { db } from "@/lib/db/client";
import type { PushSubscriptionInput } from "@/lib/validation/push-subscription";
import { joinSections, splitSections } from "./section-list";

export type SaveResult = { ok: true; created: boolean; sections: string[] } | { ok: false; error: string };

/**
 * Stores a browser's subscription, or updates its keys and sections when the
 * endpoint is known already (changing choices is subscribing again). Every
 * chosen section must exist; none chosen means every section. `known` is
 * whether the endpoint is stored already, when the caller has asked.
 */
export async function saveSubscription(input: PushSubscriptionInput, known?: boolean): Promise<SaveResult> {
  const slugs = new Set((await findNewsSections()).map((s) => s.slug));
  const unknown = input.sections.filter((slug) => !slugs.has(slug));
  if (unknown.length) return { ok: false, error: `没有这些栏目：${unknown.join("、")}` };

  const sections = joinSections(input.sections);
  const data = { p256dh: input.keys.p256dh, auth: input.keys.auth, sections };
  const existed = known ?? (await subscriptionExists(input.endpoint));
  await db.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
  return { ok: true, created: !existed, sections: splitSections(sections) };
}

/** Forgets a subscription; true when there was one. */
export async function removeSubscription(endpoint: string): Promise<boolean> {
  const removed = await db.pushSubscription.deleteMany({ where: { endpoint } });
  return removed.count > 0;
}

export async function subscriptionExists(endpoint: string): Promise<boolean> {
  return (await db.pushSubscription.count({ where: { endpoint } })) > 0;
}
