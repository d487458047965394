import "server-only";
import { waitAmount } from "@/lib/newsroom/submissions/contribution-limit";
import type { PushSubscriptionInput } from "@/lib/validation/push-subscription";
import { recordSubscribe, subscribeWaitSeconds } from "./subscribe-limit";
import { saveSubscription, subscriptionExists } from "./subscriptions";

export type SubscribeOutcome =
  | { ok: true; created: boolean; sections: string[] }
  | { ok: false; reason: "rate-limited"; error: string; retryAfterSeconds: number }
  | { ok: false; reason: "invalid"; error: string };

/**
 * A reader subscribes, or changes the sections of a subscription this
 * browser already has. Only new subscriptions count against the address's
 * limit (changing one's sections is free), and only once they are stored.
 */
export async function subscribeReader(input: PushSubscriptionInput, { ip }: { ip: string }): Promise<SubscribeOutcome> {
  const known = await subscriptionExists(input.endpoint);
  if (!known) {
    const wait = await subscribeWaitSeconds(ip);
    if (wait > 0) return { ok: false, reason: "rate-limited", error: `订阅过于频繁，请在 ${waitAmount(wait)}后再试`, retryAfterSeconds: wait };
  }
  const saved = await saveSubscription(input, known);
  if (!saved.ok) return { ok: false, reason: "invalid", error: saved.error };
  if (saved.created) await recordSubscribe(ip);
  return saved;
}
