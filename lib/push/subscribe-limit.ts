import "server-only";
import { recordInWindow, windowWaitSeconds } from "@/lib/http/address-window";

// New subscriptions per address, counted in the database like the sign-in
// and 在线投稿 limits, so every instance sees the same count. Generous: a
// household or an office shares an address, and changing one's sections
// does not count.
const WINDOW_MS = 10 * 60_000;

export function subscribeLimit(env: Record<string, string | undefined> = process.env): number {
  const value = env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN?.trim();
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 20;
}

const keyFor = (ip: string) => `push-subscribe:${ip || "unknown"}`;

/** Seconds to wait before this address may add another subscription; 0 when it may now. */
export function subscribeWaitSeconds(ip: string, now = Date.now()): Promise<number> {
  return windowWaitSeconds(keyFor(ip), subscribeLimit(), WINDOW_MS, now);
}

export function recordSubscribe(ip: string) {
  return recordInWindow(keyFor(ip));
}
