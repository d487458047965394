import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { LIVE_KEEP_MINUTES, type LiveMark, type LiveMinutes, type ViewStore } from "./view-store";

type Client = ReturnType<typeof makeClient>;

const SALT_TTL_S = 2 * 86_400;
const LIVE_TTL_S = (LIVE_KEEP_MINUTES + 1) * 60;

/**
 * The store every instance shares. Marks are SET NX with an expiry, live
 * readers a HyperLogLog per minute (a count, never a list of readers), live
 * views and referrers hashes per minute; everything expires on its own.
 */
export class RedisViewStore implements ViewStore {
  private salts = new Map<number, string>();
  private readonly prefix: string;

  /** keyPrefix: REDIS_KEY_PREFIX, shared with the page cache's keys (qdn:views:… beside qdn:isr:…). */
  constructor(
    private client: Client,
    keyPrefix: string,
  ) {
    this.prefix = `${keyPrefix}:views:`;
  }

  async salt(day: number): Promise<string> {
    const known = this.salts.get(day);
    if (known) return known;
    const key = `${this.prefix}salt:${day}`;
    // The first instance to ask makes the day's salt; the others read it. It expires on its own.
    await this.client.set(key, randomBytes(16).toString("base64"), { NX: true, EX: SALT_TTL_S });
    const salt = await this.client.get(key);
    if (!salt) throw new Error("Redis 未返回当天的盐值");
    this.salts.clear();
    this.salts.set(day, salt);
    return salt;
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(`${this.prefix}seen:${key}`, "1", { NX: true, PX: ttlMs })) === "OK";
  }

  async markLive({ minute, reader, item, referrer }: LiveMark): Promise<void> {
    const readers = `${this.prefix}live:r:${minute}`;
    const items = `${this.prefix}live:i:${minute}`;
    const refs = `${this.prefix}live:f:${minute}`;
    await this.client
      .multi()
      .pfAdd(readers, reader)
      .hIncrBy(items, item, 1)
      .hIncrBy(refs, `${item}|${referrer}`, 1)
      .expire(readers, LIVE_TTL_S)
      .expire(items, LIVE_TTL_S)
      .expire(refs, LIVE_TTL_S)
      .execAsPipeline();
  }

  async readLive(minute: number, sparkMinutes: number, recentMinutes: number): Promise<LiveMinutes> {
    const spark = Array.from({ length: sparkMinutes }, (_, i) => minute - sparkMinutes + 1 + i);
    const recent = spark.slice(-recentMinutes);
    const [itemHashes, refHashes, readers] = await Promise.all([
      Promise.all(spark.map((m) => this.client.hGetAll(`${this.prefix}live:i:${m}`))),
      Promise.all(recent.map((m) => this.client.hGetAll(`${this.prefix}live:f:${m}`))),
      this.client.pfCount(recent.map((m) => `${this.prefix}live:r:${m}`)),
    ]);
    const items = spark.map((m, i) => ({ minute: m, views: new Map(Object.entries(itemHashes[i]).map(([k, v]) => [k, Number(v)])) }));
    const referrers = new Map<string, Map<string, number>>();
    for (const hash of refHashes) {
      for (const [field, value] of Object.entries(hash)) {
        const [item, ref] = field.split("|");
        let into = referrers.get(item);
        if (!into) referrers.set(item, (into = new Map()));
        into.set(ref, (into.get(ref) ?? 0) + Number(value));
      }
    }
    return { items, referrers, readers };
  }
}

/** A connected client for REDIS_URL. Commands fail at once while Redis is away, rather than queueing. */
export async function connectRedis(url: string): Promise<Client> {
  const client = makeClient(url);
  client.on("error", (error: unknown) => console.error("[views] Redis:", error instanceof Error ? error.message : error));
  await client.connect();
  return client;
}

function makeClient(url: string) {
  return createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5_000) } });
}
