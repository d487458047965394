import { vapidKeys } from "@/lib/push/send-article-push";
import { jsonNoStore } from "@/lib/http/json-response";

// The VAPID public key, for the subscribe button. A route of its own so that
// /subscribe stays a static page built without the key: the key is read from
// the environment of the running server (npm start may make it after the
// build), and only the reader who taps 开启推送 asks for it.
export const dynamic = "force-dynamic";

export function GET() {
  const keys = vapidKeys();
  if (!keys) return jsonNoStore({ error: "推送服务暂未开通" }, 503);
  return Response.json({ publicKey: keys.publicKey }, { headers: { "Cache-Control": "public, max-age=300" } });
}
