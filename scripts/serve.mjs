// Serves a production build, as `next start` does, through Next's own request
// handler, with what `next start` cannot do:
// - the client's address, worked out from the TCP socket (and, behind
//   proxies named in TRUSTED_PROXIES, from their X-Forwarded-For hops), is
//   handed to the app in one header that replaces whatever the client sent
//   (lib/auth/client-address.mjs);
// - Strict-Transport-Security when SITE_URL, as set now, is https;
// - server-action POSTs from other sites or malformed refused in Chinese;
// - view beacons (POST /api/views) counted without Next's routing, by the
//   app's own beacon logic (lib/http/beacon-hook.mjs): thousands a second;
// - the status a page asked for where Next has no way to set it (search
//   with the database away: 503; lib/http/response-status.mjs);
// - on SIGTERM or SIGINT, no new requests, then what the app registered to
//   run before exit (view counts still in memory; lib/http/shutdown.mjs),
//   for at most SHUTDOWN_TIMEOUT_MS; a second signal exits at once.
// Usage: node scripts/serve.mjs <port>   (the build folder comes from NEXT_DIST_DIR)
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, compileTrust, resolveClientAddress } from "../lib/auth/client-address.mjs";
import { answerBeacon } from "../lib/http/beacon-hook.mjs";
import { trackResponseStatus } from "../lib/http/response-status.mjs";
import { runShutdownHooks } from "../lib/http/shutdown.mjs";
import { actionRequestRefusal, readActionIds } from "../lib/security/action-request.mjs";
import { hstsHeader } from "../lib/security/headers.mjs";
import { root } from "./lib/next-build.mjs";

const port = Number(process.argv[2] || process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const trust = compileTrust(process.env.TRUSTED_PROXIES);
const hsts = hstsHeader(process.env.SITE_URL);
const actionIds = readActionIds(path.join(root, process.env.NEXT_DIST_DIR || ".next"));

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
  // Next answers a path with broken percent-encoding (/news/%E4%B8) with a 500.
  if (!decodablePath(req.url)) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    return res.end("网址格式不正确。");
  }
  // Server actions: only from this site, well-formed, of this build (lib/security/action-request.mjs).
  const refusal = req.method === "POST" && req.headers["next-action"] !== undefined ? actionRequestRefusal(req.headers, { siteUrl: process.env.SITE_URL, actionIds }) : null;
  if (refusal) {
    res.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...refusal.headers });
    return res.end(refusal.message);
  }
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req, trust);
  if (answerBeacon(req, res)) return;
  trackResponseStatus(req, res);
  handle(req, res);
});


function decodablePath(url = "/") {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}
server.listen(port, hostname, () => console.log(`▲ 已启动：http://${hostname ?? "localhost"}:${port}`));
const SHUTDOWN_TIMEOUT_MS = 10_000;
let stopping = false;
async function stop() {
  if (stopping) process.exit(1);
  stopping = true;
  server.close();
  server.closeIdleConnections();
  const unfinished = await runShutdownHooks(SHUTDOWN_TIMEOUT_MS);
  if (unfinished.length) console.error(`[shutdown] 退出前未完成：${unfinished.join("、")}`);
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop());
