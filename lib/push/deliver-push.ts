import "server-only";
import http from "node:http";
import https from "node:https";
import webpush from "web-push";
import { publicOnlyLookup } from "./safe-lookup";

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type VapidKeys = { subject: string; publicKey: string; privateKey: string };
/** sent: accepted by the push service; gone: the subscription no longer exists (404/410); failed: anything else. */
export type DeliveryResult = { outcome: "sent" } | { outcome: "gone" } | { outcome: "failed"; reason: string };

const TIMEOUT_MS = 10_000;
// A day: a breaking-news alert older than that is no longer news.
const TTL_SECONDS = 24 * 3600;

/**
 * One encrypted message to one subscription. web-push encrypts the payload
 * (RFC 8291, aes128gcm) and signs the VAPID header (generateRequestDetails,
 * the first half of its sendNotification); the request itself is made here,
 * because web-push's own only speaks https and resolves names without the
 * public-address check: this one connects through publicOnlyLookup, and over
 * plain http only to the origins PUSH_ENDPOINT_ORIGINS allows (tests).
 */
export async function deliverPush(
  target: PushTarget,
  payload: string,
  vapid: VapidKeys,
  allowedOrigins: readonly string[],
): Promise<DeliveryResult> {
  const details = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    payload,
    { vapidDetails: vapid, TTL: TTL_SECONDS, urgency: "high", contentEncoding: "aes128gcm" },
  );
  const url = new URL(details.endpoint);
  const allowed = allowedOrigins.includes(url.origin);
  if (url.protocol !== "https:" && !allowed) return { outcome: "failed", reason: "非 https 推送地址" };
  const transport = url.protocol === "https:" ? https : http;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) headers[name] = String(value);

  return new Promise<DeliveryResult>((resolve) => {
    const request = transport.request(
      url,
      { method: "POST", headers, timeout: TIMEOUT_MS, ...(allowed ? {} : { lookup: publicOnlyLookup }) },
      (response) => {
        // The answer's body is of no use; drain it so the socket is freed.
        response.resume();
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve({ outcome: "sent" });
        else if (status === 404 || status === 410) resolve({ outcome: "gone" });
        else resolve({ outcome: "failed", reason: `HTTP ${status}` });
      },
    );
    request.on("timeout", () => request.destroy(new Error("推送服务超时")));
    request.on("error", (error) => resolve({ outcome: "failed", reason: error.message }));
    request.end(details.body ?? undefined);
  });
}
