// Server-action POSTs refused before Next sees them, each with a Chinese
// message instead of Next's 500 or English text: another site's Origin (403),
// a malformed or unknown action id (400, or 409 as Next answers a page from an
// older build, with its "not found" header so the browser reloads), and a
// body that is not the multipart form every action of this site is sent as
// (400). Plain JavaScript: scripts/serve.mjs runs it on the raw request,
// headers only, so the body streams on to Next untouched (a Next proxy would
// buffer and re-read it, which broke forms with an empty file input).
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * True when the request names an Origin that is not this site: neither the
 * public address (SITE_URL, what readers see behind a proxy or the edge) nor
 * the host the request was sent to — both set by the browser, which a
 * foreign page cannot change. A missing Origin is left to Next's own check.
 */
export function foreignActionOrigin(headers, siteUrl) {
  const origin = headers.origin;
  if (origin === undefined) return false;
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames) and garbage
  }
  if (!host) return true;
  const own = [siteUrl ? new URL(siteUrl).host : null, headers.host, headers["x-forwarded-host"]?.split(",")[0]?.trim()];
  return !own.includes(host);
}

/** The action ids of a build, or null when its manifest cannot be read (then Next decides). */
export function readActionIds(distDir) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"));
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

/** `{ status, message, headers? }` for a server-action POST to refuse, else null. `headers` are Node's (lower-case names). */
export function actionRequestRefusal(headers, { siteUrl, actionIds }) {
  if (foreignActionOrigin(headers, siteUrl)) return { status: 403, message: "请求来源不是本站，已拒绝。" };
  const id = String(headers["next-action"] ?? "");
  if (!/^[0-9a-f]{2,64}$/i.test(id)) return { status: 400, message: "请求格式不正确。" };
  if (actionIds && !actionIds.has(id)) return { status: 409, message: "页面已更新，请刷新后重试。", headers: { "x-nextjs-action-not-found": "1" } };
  if (!/^multipart\/form-data;\s*boundary=\S+/i.test(String(headers["content-type"] ?? ""))) return { status: 400, message: "请求格式不正确。" };
  return null;
}
