import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { purgeEdgeTags, purgeEdgeTwice } from "./edge-purge";

// Purges sent to a real local HTTP server standing in for the edge.

type Received = { method: string; keys: string | undefined };
const servers: http.Server[] = [];

async function edge(answer: (n: number) => number): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    received.push({ method: req.method ?? "", keys: req.headers["xkey-purge"] as string | undefined });
    res.writeHead(answer(received.length)).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe("purging the edge when public content changes", () => {
  it("tells every edge node to drop the changed tags, once each", async () => {
    const one = await edge(() => 200);
    const two = await edge(() => 200);
    const outcome = await purgeEdgeTags(["article:12", "section:xianshi", "home", "home"], [one.url, two.url]);
    expect(outcome.every((o) => o.ok)).toBe(true);
    for (const node of [one, two]) expect(node.received).toEqual([{ method: "PURGE", keys: "article:12 section:xianshi home" }]);
  });

  it("purges again after a pause, to drop a page the edge fetched before the shared cache had expired it", async () => {
    const node = await edge(() => 200);
    const started = Date.now();
    const purging = purgeEdgeTwice(["article:12", "home"], [node.url], { repurgeAfterMs: 500 });
    await expect.poll(() => node.received.length).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);
    const outcome = await purging;
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(outcome).toMatchObject([{ ok: true }]);
    expect(node.received).toEqual([
      { method: "PURGE", keys: "article:12 home" },
      { method: "PURGE", keys: "article:12 home" },
    ]);
  });

  it("retries a node that fails, and stops at its first success", async () => {
    const flaky = await edge((n) => (n < 3 ? 503 : 200));
    const logged: string[] = [];
    const [outcome] = await purgeEdgeTags(["home"], [flaky.url], { retryDelayMs: 10, log: (l) => logged.push(l) });
    expect(outcome).toMatchObject({ ok: true, attempts: 3, status: 200 });
    expect(flaky.received).toHaveLength(3);
    expect(logged).toEqual([]);
  });

  it("logs a purge that keeps failing and returns instead of throwing, while the other nodes are purged", async () => {
    const broken = await edge(() => 500);
    const healthy = await edge(() => 200);
    const closed = await edge(() => 200);
    const closedUrl = closed.url;
    await new Promise((r) => servers.pop()!.close(r));
    const logged: string[] = [];
    const outcome = await purgeEdgeTags(["jobs"], [broken.url, healthy.url, closedUrl], { retryDelayMs: 10, log: (l) => logged.push(l) });
    expect(outcome.map((o) => o.ok)).toEqual([false, true, false]);
    expect(broken.received).toHaveLength(3);
    expect(logged).toHaveLength(2);
    expect(logged.every((l) => l.includes("清除失败"))).toBe(true);
    expect(logged.some((l) => l.includes(broken.url))).toBe(true);
    expect(logged.some((l) => l.includes(closedUrl))).toBe(true);
  });

  it("sends nothing when there is nothing to purge or nowhere to send it", async () => {
    const node = await edge(() => 200);
    expect(await purgeEdgeTags([], [node.url])).toEqual([]);
    expect(await purgeEdgeTags(["home"], [])).toEqual([]);
    expect(node.received).toEqual([]);
  });
});
