import "server-only";
import { waitAmount } from "@/lib/newsroom/submissions/contribution-limit";
import type { PushSubscriptionInput } from "@/lib/validation/push-subscription";
import { claimSubscribeSlot } from "./subscribe-limit";
import { saveSubscription, subscriptionExists } from "./subscriptions";

export type SubscribeOutcome =
  | { ok: true; created: boolean; sections: string[]; topics: string[] }
  | { ok: false; reason: "rate-limited"; error: string; retryAfterSeconds: number }
  | { ok: false; reason: "invalid"; error: string };

/**
 * A reader subscribes, or changes the sections and topics of a subscription
 * this browser already has. Only new subscriptions count against the
 * address's limit (changing one's choices is free), and only once they are stored
 * (the slot claimed first is given back otherwise).
 */
export async function subscribeReader(input: PushSubscriptionInput, { ip }: { ip: string }): Promise<SubscribeOutcome> {
  const known = await subscriptionExists(input.endpoint);
  const slot = known ? null : await claimSubscribeSlot(ip);
  if (slot && !slot.granted) return { ok: false, reason: "rate-limited", error: `订阅过于频繁，请在 ${waitAmount(slot.wait)}后再试`, retryAfterSeconds: slot.wait };
  const saved = await saveSubscription(input, known);
  if (slot?.granted && !(saved.ok && saved.created)) await slot.release();
  if (!saved.ok) return { ok: false, reason: "invalid", error: saved.error };
  return saved;
}
