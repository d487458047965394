// Lets the start wrapper (scripts/serve.mjs) answer view beacons without
// Next's routing. A beacon is the one request every page view sends, and
// Next's router, route matching and Response objects cost it more than the
// counting does (≈ 700 beacons/s on two cores through the route, thousands
// answered here). The app registers its beacon logic at start
// (instrumentation.ts → lib/views/accept-beacon.ts); until it has (and under
// `next dev`), Next's route (app/api/views/route.ts) answers. The app and
// the wrapper share one process but not their module instances: globalThis.
import { CLIENT_ADDRESS_HEADER } from "../auth/client-address.mjs";

const KEY = Symbol.for("qdn.beacon-handler");

/**
 * @typedef {{ body: string | null, userAgent: string, host: string, address: string }} BeaconRequest
 * @typedef {{ status: number, message?: string }} BeaconAnswer
 * @typedef {{ path: string, maxBytes: number, accept: (request: BeaconRequest) => Promise<BeaconAnswer> }} BeaconHandler
 * @param {BeaconHandler} handler where beacons arrive, how large one may be, and what counts it
 */
export function provideBeaconHandler(handler) {
  globalThis[KEY] = handler;
}

/**
 * Answers the request when it is a view beacon and the app's handler is
 * there; false otherwise (the caller hands it to Next). The client's address
 * must already be in CLIENT_ADDRESS_HEADER.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function answerBeacon(req, res) {
  /** @type {BeaconHandler | undefined} */
  const handler = globalThis[KEY];
  if (!handler || req.method !== "POST" || req.url !== handler.path) return false;
  void answer(req, res, handler);
  return true;
}

async function answer(req, res, handler) {
  const result = await readBody(req, handler.maxBytes)
    .then((body) => handler.accept({ body, userAgent: req.headers["user-agent"] ?? "", host: req.headers.host ?? "", address: String(req.headers[CLIENT_ADDRESS_HEADER] ?? "") }))
    .catch((error) => {
      console.error("[views] 计数请求出错:", error instanceof Error ? error.message : error);
      return { status: 204 };
    });
  // The pages' other headers (Permissions-Policy, Referrer-Policy, reporting) govern documents;
  // a beacon's answer is none, and thousands a second each carrying half a kilobyte of them cost.
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (result.message) headers["Content-Type"] = "text/plain; charset=utf-8";
  // An oversized body is not read to its end: close the connection rather than drain it.
  if (result.status === 413) headers.Connection = "close";
  res.writeHead(result.status, headers);
  res.end(result.message);
}

/**
 * The body as text, or null once it passes maxBytes (the rest is not read).
 * Not lib/http/read-capped.ts, which reads a web stream and cancels it: a
 * Node request is paused here instead, since ending its stream would close
 * the socket before the 413 is written.
 */
function readBody(req, maxBytes) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      resolve(null);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
