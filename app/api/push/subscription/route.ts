import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { readJsonBody } from "@/lib/http/read-json-body";
import { waitAmount } from "@/lib/newsroom/submissions/contribution-limit";
import { vapidKeys } from "@/lib/push/send-article-push";
import { recordSubscribe, subscribeWaitSeconds } from "@/lib/push/subscribe-limit";
import { removeSubscription, saveSubscription, subscriptionExists } from "@/lib/push/subscriptions";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "@/lib/validation/push-subscription";
import type { z } from "zod";

// A reader's push subscription: POST subscribes or changes the sections (the
// endpoint identifies it), DELETE unsubscribes. No session: the endpoint,
// known only to the reader's browser, is what proves the subscription is theirs.
export const dynamic = "force-dynamic";

// A subscription is about 500 bytes; fifty section slugs add at most 2 KB.
const MAX_BODY_BYTES = 4096;

export async function POST(request: Request) {
  if (!vapidKeys()) return json({ error: "推送服务暂未开通" }, 503);
  const input = await parse(request, pushSubscriptionSchema(env.PUSH_ENDPOINT_ORIGINS));
  if (!input.ok) return input.response;

  const ip = clientIp(request.headers);
  const known = await subscriptionExists(input.value.endpoint);
  if (!known) {
    const wait = await subscribeWaitSeconds(ip);
    if (wait > 0) {
      return json({ error: `订阅过于频繁，请在 ${waitAmount(wait)}后再试` }, 429, { "Retry-After": String(wait) });
    }
  }
  const saved = await saveSubscription(input.value, known);
  if (!saved.ok) return json({ error: saved.error }, 400);
  if (saved.created) await recordSubscribe(ip);
  return json({ ok: true, sections: saved.sections }, saved.created ? 201 : 200);
}

export async function DELETE(request: Request) {
  const input = await parse(request, pushUnsubscribeSchema);
  if (!input.ok) return input.response;
  const removed = await removeSubscription(input.value.endpoint);
  return json({ ok: true, removed });
}

async function parse<S extends z.ZodType>(request: Request, schema: S): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return { ok: false, response: json({ error: body.error }, body.status) };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((i) => i.message);
    return { ok: false, response: json({ error: messages[0], errors: messages }, 400) };
  }
  return { ok: true, value: parsed.data };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
