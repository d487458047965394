import { afterAll, describe, expect, it } from "vitest";
import { redisAvailable, TEST_REDIS_URL } from "@/test/redis-available";
import { connectRedis, RedisViewStore } from "./redis-view-store";

// View counting's marks and live counters in a real Redis: two stores on
// their own connections stand for two instances. Every key this run writes
// is under prefixes of its own, removed at the end.

const redisUp = await redisAvailable("浏览计数的 Redis 测试");
const run = `qdn_views_test_${process.pid}`;
const clients: Awaited<ReturnType<typeof connectRedis>>[] = [];

async function store(prefix: string) {
  const client = await connectRedis(TEST_REDIS_URL);
  clients.push(client);
  return { client, store: new RedisViewStore(client, prefix) };
}

afterAll(async () => {
  const [first] = clients;
  if (first) {
    const keys = await first.keys(`${run}*`);
    if (keys.length) await first.del(keys);
  }
  await Promise.all(clients.map((c) => c.quit()));
});

describe.skipIf(!redisUp)("view counting in Redis", () => {
  it("two instances of one site share the day's salt and count a reader's repeat once between them", async () => {
    const a = await store(`${run}_site`);
    const b = await store(`${run}_site`);
    expect(await b.store.salt(20_000)).toBe(await a.store.salt(20_000));
    expect(await a.store.claim("reader-1|article:5", 60_000)).toBe(true);
    expect(await b.store.claim("reader-1|article:5", 60_000)).toBe(false);
  });

  it("keeps its keys under REDIS_KEY_PREFIX, so two sites on one Redis count apart", async () => {
    const site = await store(`${run}_one`);
    const other = await store(`${run}_two`);
    expect(await site.store.claim("reader-2|article:7", 60_000)).toBe(true);
    expect(await other.store.claim("reader-2|article:7", 60_000)).toBe(true);
    expect(await other.store.salt(20_001)).not.toBe(await site.store.salt(20_001));
    await site.store.markLive({ minute: 30_000_000, reader: "r", item: "article:7", referrer: "direct" });
    expect((await site.client.keys(`${run}_one:views:*`)).length).toBeGreaterThanOrEqual(5);
    expect(await site.client.keys("qdn:views:*")).not.toContain(`qdn:views:seen:reader-2|article:7`);
    const live = await other.store.readLive(30_000_000, 1, 1);
    expect(live.readers).toBe(0);
  });
});
