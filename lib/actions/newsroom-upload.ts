import "server-only";
import { randomUUID } from "node:crypto";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/roles";
import { CommandError, type CommandErrorCode } from "@/lib/newsroom/errors";
import { parsePositiveInt } from "@/lib/site/params";
import { revalidatePublicTags } from "./newsroom-action";
import { jsonNoStore } from "@/lib/http/json-response";

type Outcome = { revalidate: string[] } & Record<string, unknown>;

const STATUS: Record<CommandErrorCode, number> = { unauthenticated: 401, forbidden: 403, "not-found": 404, conflict: 409, invalid: 422 };

/**
 * The route-handler counterpart of runNewsroomAction, for uploads whose body
 * is the file itself (streamed, so never through a server action or
 * FormData, which would hold it in memory): session, the item id from the
 * URL, a size declared too large refused before reading, the command (which
 * checks permission before it reads the body), revalidation, and JSON with a
 * Chinese message for every failure.
 */
export async function runNewsroomUpload(
  request: Request,
  idParam: string,
  limit: { bytes: number; message: string },
  command: (actor: Actor, id: number, body: ReadableStream<Uint8Array> | null, ip: string) => Promise<Outcome>,
): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return jsonNoStore({ ok: false, error: "请先登录编辑部" }, 401);
  const id = parsePositiveInt(idParam);
  if (id === null) return jsonNoStore({ ok: false, error: "节目不存在" }, 404);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit.bytes) return jsonNoStore({ ok: false, error: limit.message }, 413);
  try {
    const { revalidate, ...rest } = await command(actor, id, request.body, clientIp(request.headers));
    revalidatePublicTags(revalidate);
    return jsonNoStore({ ok: true, ...rest });
  } catch (error) {
    if (error instanceof CommandError) return jsonNoStore({ ok: false, error: error.message }, STATUS[error.code]);
    const ref = randomUUID().slice(0, 8);
    console.error(`[newsroom-upload ${ref}]`, error);
    return jsonNoStore({ ok: false, error: `上传失败，请稍后重试（错误编号 ${ref}）` }, 500);
  }
}
