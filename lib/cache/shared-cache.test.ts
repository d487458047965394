import { createClient } from "redis";
import { afterAll, describe, expect, it } from "vitest";
import { tcpRelay } from "@/scripts/lib/tcp-relay.mjs";
import { redisAvailable, TEST_REDIS_URL } from "@/test/redis-available";
import { addEdgeKeys, resilientRedisHandler, sharedCacheKeyPrefix } from "./shared-cache.mjs";

// The shared ISR cache of several instances, against a real Redis: two
// handlers with clients of their own stand for two instances. Their keys
// live under a prefix of this run, removed at the end.

const REDIS_URL = TEST_REDIS_URL;
const redisAddress = new URL(REDIS_URL);
const redisUp = await redisAvailable("共享缓存的测试");

type Handler = ReturnType<typeof resilientRedisHandler>;
const prefix = `qdn_test_${process.pid}`;
const clients: { destroy(): void }[] = [];
const quiet = { warn: () => {} };

async function instance(buildId: string, url = REDIS_URL, log: { warn: (line: string) => void } = quiet) {
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy: () => 100 } });
  client.on("error", () => {});
  clients.push(client);
  // The handler's declared client type is node-redis with every module; ours has the defaults.
  const handler = resilientRedisHandler({ client: client as unknown as Parameters<typeof resilientRedisHandler>[0]["client"], keyPrefix: sharedCacheKeyPrefix(prefix, buildId), log });
  await client.connect().catch(() => {});
  return { client, handler };
}

function page(html: string, tags: string[]) {
  const now = Date.now();
  return {
    lastModified: now,
    lifespan: { expireAge: 600, expireAt: Math.floor(now / 1000) + 600, lastModifiedAt: Math.floor(now / 1000), revalidate: 300, staleAge: 300, staleAt: Math.floor(now / 1000) + 300 },
    tags,
    value: { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": [...tags, "_N_T_/layout"].join(",") }, status: 200 },
  };
}

async function htmlOf(handler: Handler, key: string): Promise<string | null> {
  const entry = (await handler.get(key, { implicitTags: [] })) as { value: { html: string } } | null;
  return entry?.value.html ?? null;
}

describe.skipIf(!redisUp)("the shared cache of several instances", () => {
  afterAll(async () => {
    const admin = createClient({ url: REDIS_URL });
    await admin.connect();
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length) await admin.del(keys);
    await admin.quit();
    for (const c of clients) c.destroy();
  });

  it("serves on instance B the page instance A stored, and forgets it everywhere when B revalidates one of its tags", async () => {
    const a = await instance("build-1");
    const b = await instance("build-1");
    await a.handler.set("/article/7", page("<h1>旧标题</h1>", ["article:7", "section:xianshi"]));
    await a.handler.set("/news/zonghe", page("<h1>综合</h1>", ["section:zonghe"]));
    expect(await htmlOf(b.handler, "/article/7")).toBe("<h1>旧标题</h1>");
    // B did not render it, yet learns its lifetime (Next would otherwise send it stale, without Cache-Control).
    expect(await b.handler.get("/article/7", { implicitTags: [] })).toMatchObject({ cacheControl: { revalidate: 300 } });

    await b.handler.revalidateTag("section:xianshi");
    expect(await htmlOf(a.handler, "/article/7")).toBeNull();
    expect(await htmlOf(b.handler, "/article/7")).toBeNull();
    // An unrelated page stays cached.
    expect(await htmlOf(a.handler, "/news/zonghe")).toBe("<h1>综合</h1>");
  });

  it("keeps each build's entries apart", async () => {
    const old = await instance("build-1");
    const next = await instance("build-2");
    await old.handler.set("/", page("<h1>旧版首页</h1>", ["home"]));
    expect(await htmlOf(next.handler, "/")).toBeNull();
    expect(await htmlOf(old.handler, "/")).toBe("<h1>旧版首页</h1>");
  });

  it("gives cached pages their tags as an xkey header for the edge, without Next's path tags", async () => {
    const a = await instance("build-1");
    const stored = page("<p>x</p>", ["article:9", "home"]);
    await a.handler.set("/article/9", stored);
    expect(stored.value.headers).toMatchObject({ xkey: "article:9 home" });
    const read = (await a.handler.get("/article/9", { implicitTags: [] })) as { value: { headers: Record<string, string> } };
    expect(read.value.headers.xkey).toBe("article:9 home");
    expect(addEdgeKeys({ kind: "FETCH", data: {} })).toEqual({ kind: "FETCH", data: {} });
  });

  it("answers misses while Redis is away, says so once, and on its return replays the tags revalidated meanwhile", async () => {
    const link = tcpRelay({ host: redisAddress.hostname, port: Number(redisAddress.port || 6379) });
    await link.open();
    const warnings: string[] = [];
    const through = `redis://127.0.0.1:${link.port()}`;
    const a = await instance("build-1", through, { warn: (line) => warnings.push(line) });
    const b = await instance("build-1");
    await b.handler.set("/news/xianshi", page("<h1>县市</h1>", ["section:xianshi"]));
    expect(await htmlOf(a.handler, "/news/xianshi")).toBe("<h1>县市</h1>");

    await link.cut();
    expect(await htmlOf(a.handler, "/news/xianshi")).toBeNull();
    await expect(a.handler.set("/x", page("<p>x</p>", ["home"]))).resolves.toBeUndefined();
    await a.handler.revalidateTag("section:xianshi"); // a publish on A during the outage
    expect(await htmlOf(b.handler, "/news/xianshi")).toBe("<h1>县市</h1>"); // not yet known to Redis
    expect(warnings.filter((w) => w.includes("Redis 不可用"))).toHaveLength(1);

    await link.open();
    for (let i = 0; i < 100 && !a.client.isReady; i++) await new Promise((r) => setTimeout(r, 50));
    expect(a.client.isReady).toBe(true);
    for (let i = 0; i < 40 && (await htmlOf(b.handler, "/news/xianshi")) !== null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await htmlOf(b.handler, "/news/xianshi")).toBeNull();
    expect(warnings.some((w) => w.includes("Redis 已恢复"))).toBe(true);
    await link.cut();
  });
});
