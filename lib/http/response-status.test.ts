import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_ID_HEADER, requestResponseStatus, trackResponseStatus } from "./response-status.mjs";

// The start wrapper's side and a page's side over real HTTP: a handler that
// answers as Next does (status 200 or an explicit writeHead) gets the status
// its page asked for, and only for its own request.
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    trackResponseStatus(req, res);
    const url = new URL(req.url ?? "/", "http://x");
    const id = req.headers[REQUEST_ID_HEADER] as string;
    if (url.searchParams.has("down")) requestResponseStatus(id, 503, { "Retry-After": "30" });
    if (url.searchParams.has("other")) requestResponseStatus(url.searchParams.get("other"), 503);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    if (url.searchParams.has("head")) res.writeHead(200, { "X-Test": "1" });
    else res.statusCode = 200;
    res.end(`<p>${id}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a page's own status through the start wrapper", () => {
  it("answers with the status and headers the page asked for, however the head is written", async () => {
    for (const path of ["/?down", "/?down&head"]) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(await response.text()).toMatch(/^<p>\d+-\d+<\/p>$/);
    }
  });

  it("leaves other requests alone, and a client cannot name another request's id", async () => {
    expect((await fetch(`${base}/`)).status).toBe(200);
    const forged = await fetch(`${base}/?other=forged-1`, { headers: { [REQUEST_ID_HEADER]: "forged-1" } });
    expect(forged.status).toBe(200);
    expect(await forged.text()).not.toContain("forged-1");
  });
});
