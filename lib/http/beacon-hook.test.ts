import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";
import { acceptBeacon, MAX_BEACON_BYTES } from "@/lib/views/accept-beacon";
import { flushViews } from "@/lib/views/view-buffer";
import { VIEW_BEACON_PATH } from "@/lib/views/view-kinds";
import { hourRows, PHONE_UA, publishedArticle } from "@/test/view-helpers";
import { answerBeacon, provideBeaconHandler } from "./beacon-hook.mjs";

// The start wrapper's fast path over real HTTP, with the app's own beacon
// logic and the test database: what it counts and what it answers, as the
// route would; anything else is left to Next (here: a plain 404).

let server: http.Server;
let base = "";

beforeAll(async () => {
  provideBeaconHandler({ path: VIEW_BEACON_PATH, maxBytes: MAX_BEACON_BYTES, accept: acceptBeacon });
  server = http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress;
    if (answerBeacon(req, res)) return;
    res.writeHead(404).end("交给 Next");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = (body: string, path = VIEW_BEACON_PATH, userAgent = PHONE_UA) => fetch(base + path, { method: "POST", body, headers: { "user-agent": userAgent } });

describe("view beacons answered ahead of Next", () => {
  it("counts a reader's view into the hourly rows and answers 204", async () => {
    const id = await publishedArticle();
    const response = await post(JSON.stringify({ kind: "article", id, ref: "https://m.baidu.com/s?word=凯里" }));
    expect(response.status).toBe(204);
    expect(response.headers.get("cache-control")).toBe("no-store");
    await flushViews();
    const [row] = await hourRows("article", id);
    expect([row.views, row.uniques, row.refBaidu, row.devicePhone]).toEqual([1, 1, 1, 1]);
  });

  it("refuses a malformed or oversized beacon in Chinese and counts nothing", async () => {
    const id = await publishedArticle();
    const malformed = await post(`{"kind":"article","id":${id},"extra":1}`);
    expect([malformed.status, await malformed.text()]).toEqual([400, "参数无效"]);
    const oversized = await post(JSON.stringify({ kind: "article", id, ref: "x".repeat(4 * MAX_BEACON_BYTES) }));
    expect([oversized.status, await oversized.text()]).toEqual([413, "请求过大"]);
    await flushViews();
    expect(await hourRows("article", id)).toEqual([]);
  });

  it("leaves other requests to Next", async () => {
    expect((await fetch(base + VIEW_BEACON_PATH)).status).toBe(404);
    expect((await post("{}", `${VIEW_BEACON_PATH}/x`)).status).toBe(404);
  });
});
