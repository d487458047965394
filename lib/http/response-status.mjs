// A page cannot choose its HTTP status in the App Router beyond 404 (and a
// thrown error's 500). Where a page has a truer answer — search with the
// database away is 503, "try again soon", not a server fault — it asks for
// it here, and the start wrapper (scripts/serve.mjs) applies it when Next
// writes the response head. Both run in the one server process: the page
// names its request by the id the wrapper put in a request header.

export const REQUEST_ID_HEADER = "x-qdn-request-id";

/** @type {Map<string, { status: number, headers: Record<string, string> }>} */
const wanted = (globalThis[Symbol.for("qdn.response-status")] ??= new Map());

let counter = 0;

/**
 * The page's side: answer this request with `status` (and these headers)
 * instead of Next's. Without the wrapper (next dev) nothing happens and the
 * page still renders its own text.
 * @param {string | null | undefined} requestId
 * @param {number} status
 * @param {Record<string, string>} [headers]
 */
export function requestResponseStatus(requestId, status, headers = {}) {
  if (requestId && wanted.has(requestId)) wanted.set(requestId, { status, headers });
}

/**
 * The wrapper's side: gives the request an id (replacing any the client
 * sent) and applies a status the page asked for just before the head goes
 * out, whichever of writeHead, write or end sends it.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function trackResponseStatus(req, res) {
  const id = `${process.pid}-${++counter}`;
  req.headers[REQUEST_ID_HEADER] = id;
  wanted.set(id, { status: 0, headers: {} });
  /** The status asked for (set on the response), or 0. */
  const apply = () => {
    const want = wanted.get(id);
    wanted.delete(id);
    if (!want?.status || res.headersSent) return 0;
    res.statusCode = want.status;
    for (const [name, value] of Object.entries(want.headers)) res.setHeader(name, value);
    return want.status;
  };
  for (const method of ["writeHead", "write", "end", "flushHeaders"]) {
    const original = res[method];
    res[method] = function (...args) {
      const status = apply();
      // writeHead(status, …) names its own status: the one asked for wins.
      if (status && method === "writeHead" && typeof args[0] === "number") args[0] = status;
      return original.apply(this, args);
    };
  }
  res.on("close", () => wanted.delete(id));
}
