import "server-only";
import { randomUUID } from "node:crypto";
import { revalidateTag } from "next/cache";
import { headers } from "next/headers";
import { after } from "next/server";
import type { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { purgeEdge } from "@/lib/cache/edge-purge";
import { getCurrentActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { CommandError } from "@/lib/newsroom/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { FormState } from "./form-state";

type Outcome = { message: string; id?: number; version?: number; link?: string; revalidate?: string[] };

/**
 * The one path every newsroom server action takes: read the session (the
 * actor is reloaded from the database), validate the form with zod, run the
 * command — which checks the actor's permission itself — revalidate the
 * public pages it touched, and turn every failure into a message the form
 * can show. Unexpected errors are logged with an id and never shown.
 */
export async function runNewsroomAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  command: (actor: Actor | null, input: z.output<S>, context: { ip: string }) => Promise<Outcome>,
): Promise<FormState> {
  // A forged request can make the second argument anything: only a form is read.
  if (!(formData instanceof FormData)) return { status: "error", message: "请求格式不正确", fieldErrors: {} };
  const parsed = schema.safeParse(formToObject(formData));
  if (!parsed.success) {
    return { status: "error", message: "请检查标出的内容", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    const actor = await getCurrentActor();
    const ip = clientIp(await headers());
    const outcome = await command(actor, parsed.data, { ip });
    revalidatePublicTags(outcome.revalidate ?? []);
    return { status: "ok", message: outcome.message, id: outcome.id, version: outcome.version, link: outcome.link };
  } catch (error) {
    if (error instanceof CommandError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    if (isDatabaseUnavailable(error)) return { status: "error", message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {} };
    const id = randomUUID().slice(0, 8);
    console.error(`[newsroom-action ${id}]`, error);
    return { status: "error", message: `操作失败，请稍后重试（错误编号 ${id}）`, fieldErrors: {} };
  }
}

/**
 * Expires the tags at once: the very next request of each page renders
 * fresh. The edge (EDGE_PURGE_URLS) drops the same tags once the response
 * is sent, and again a second later: a server action's response waits until
 * the shared cache has forgotten them, a route handler's does not, and the
 * edge could otherwise fetch and keep the old page again.
 */
export function revalidatePublicTags(tags: string[]) {
  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  if (unique.length > 0 && env.EDGE_PURGE_URLS.length > 0) after(() => purgeEdge(unique));
}

function formToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Next adds its own $ACTION_ fields; files are not part of these forms.
    if (key.startsWith("$") || typeof value !== "string") continue;
    out[key] = value;
  }
  return out;
}
