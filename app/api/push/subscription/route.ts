import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { readJsonBody } from "@/lib/http/read-json-body";
import { vapidKeys } from "@/lib/push/send-article-push";
import { subscribeReader } from "@/lib/push/subscribe-reader";
import { removeSubscription } from "@/lib/push/subscriptions";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "@/lib/validation/push-subscription";
import type { z } from "zod";
import { jsonNoStore } from "@/lib/http/json-response";

// A reader's push subscription: POST subscribes or changes the sections and topics (the
// endpoint identifies it), DELETE unsubscribes. No session: the endpoint,
// known only to the reader's browser, is what proves the subscription is theirs.
export const dynamic = "force-dynamic";

// A subscription is about 500 bytes; fifty section and fifty topic slugs add at most 6.3 KB.
const MAX_BODY_BYTES = 8192;

export async function POST(request: Request) {
  if (!vapidKeys()) return jsonNoStore({ error: "推送服务暂未开通" }, 503);
  const input = await parse(request, pushSubscriptionSchema(env.PUSH_ENDPOINT_ORIGINS));
  if (!input.ok) return input.response;

  const outcome = await subscribeReader(input.value, { ip: clientIp(request.headers) });
  if (outcome.ok) return jsonNoStore({ ok: true, sections: outcome.sections, topics: outcome.topics }, outcome.created ? 201 : 200);
  if (outcome.reason === "rate-limited") {
    return jsonNoStore({ error: outcome.error }, 429, { "Retry-After": String(outcome.retryAfterSeconds) });
  }
  return jsonNoStore({ error: outcome.error }, 400);
}

export async function DELETE(request: Request) {
  const input = await parse(request, pushUnsubscribeSchema);
  if (!input.ok) return input.response;
  const removed = await removeSubscription(input.value.endpoint);
  return jsonNoStore({ ok: true, removed });
}

async function parse<S extends z.ZodType>(request: Request, schema: S): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return { ok: false, response: jsonNoStore({ error: body.error }, body.status) };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((i) => i.message);
    return { ok: false, response: jsonNoStore({ error: messages[0], errors: messages }, 400) };
  }
  return { ok: true, value: parsed.data };
}
