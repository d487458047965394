import { readCapped } from "./read-capped";

// A JSON request body, read with a size limit: the declared length is checked
// first and the stream is cut off at the limit, so an endless body costs the
// server no more than `maxBytes`. Only application/json is accepted, which
// also keeps other sites' plain HTML forms out (they cannot send that type
// without a CORS preflight this site never answers).
export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return { ok: false, status: 415, error: "请求格式应为 JSON" };
  const tooLarge = { ok: false, status: 413, error: "请求内容过大" } as const;
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return tooLarge;
  if (!request.body) return { ok: false, status: 400, error: "请求内容为空" };

  const bytes = await readCapped(request.body, maxBytes);
  if (!bytes) return tooLarge;
  try {
    return { ok: true, value: JSON.parse(bytes.toString("utf8")) };
  } catch {
    return { ok: false, status: 400, error: "请求内容不是有效的 JSON" };
  }
}
