// The ISR cache several instances share (pages, route handlers and
// unstable_cache entries), kept in Redis through
// @fortedigital/nextjs-cache-handler's redis-strings handler, with two
// things that handler leaves to its user:
// - keys carry the build id, so a new deployment never reads the pages an
//   older build rendered (a different build's payload would break hydration);
// - Redis going away must not take pages down: while the client is not
//   ready every read is a miss (the page renders from the database, slower)
//   and writes are dropped; the outage is logged once, the return once, and
//   tags revalidated meanwhile are replayed on return, so an entry that
//   survived a network cut cannot outlive a publish.
//
// It also gives each cached page and route its tags in an `xkey` header, for
// the edge to purge by (deploy/varnish/portal.vcl, lib/cache/edge-purge.ts):
// Next keeps a page's tags in its cache entry (x-next-cache-tags) but sends
// them only in its "minimal mode"; the header is added to the entry as it is
// stored (before Next sends the fresh page) and as it is read back.
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";

const NEXT_TAGS_HEADER = "x-next-cache-tags";

/** Copies an entry's own tags (not Next's implicit _N_T_ path tags) into an `xkey` header. */
export function addEdgeKeys(value) {
  const headers = value?.headers;
  const tags = headers?.[NEXT_TAGS_HEADER];
  if (!headers || typeof tags !== "string") return value;
  const keys = tags.split(",").map((t) => t.trim()).filter((t) => t && !t.startsWith("_N_T_") && !/\s/.test(t));
  if (keys.length > 0) headers.xkey = keys.join(" ");
  return value;
}

/** `<prefix>:isr:<build id>:` — every key and tag map of one build. */
export function sharedCacheKeyPrefix(prefix, buildId) {
  return `${prefix || "qdn"}:isr:${(buildId || "unknown").trim()}:`;
}

const ONE_YEAR_SECONDS = 31536000;

/**
 * Next remembers a page's revalidate time only in the process that rendered
 * it; an entry another instance rendered comes back without one, and Next
 * then serves it as stale with no Cache-Control at all (so the edge would
 * not cache it). Next 16 reads `cacheControl` from the entry when present:
 * give it the lifetime the handler stored with the entry.
 */
export function withCacheControl(entry) {
  const kind = entry?.value?.kind;
  const revalidate = entry?.lifespan?.revalidate;
  if ((kind === "APP_PAGE" || kind === "APP_ROUTE") && typeof revalidate === "number" && !entry.cacheControl) {
    entry.cacheControl = { revalidate, expire: ONE_YEAR_SECONDS };
  }
  return entry;
}

/**
 * A handler for CacheHandler.onCreation over a node-redis client that
 * reconnects by itself (created with disableOfflineQueue, so commands fail
 * at once while it is away instead of queueing).
 * @param {{ client: Parameters<typeof createRedisHandler>[0]["client"], keyPrefix: string, timeoutMs?: number, log?: { warn: (line: string) => void } }} options
 */
export function resilientRedisHandler({ client, keyPrefix, timeoutMs = 1000, log = console }) {
  const inner = createRedisHandler({ client, keyPrefix, timeoutMs, keyExpirationStrategy: "EXAT" });
  const missedTags = new Set();
  let down = false;

  function wentDown(error) {
    if (down) return;
    down = true;
    log.warn(`[共享缓存] Redis 不可用，页面改为直接从数据库渲染，恢复后自动切回：${error instanceof Error ? error.message : String(error)}`);
  }

  client.on("error", wentDown);
  client.on("ready", () => {
    if (down) log.warn("[共享缓存] Redis 已恢复，重新使用共享缓存");
    down = false;
    const tags = [...missedTags];
    missedTags.clear();
    for (const tag of tags) void revalidate(tag);
  });

  async function revalidate(tag) {
    if (!client.isReady) {
      missedTags.add(tag);
      return;
    }
    try {
      await inner.revalidateTag(tag);
    } catch (error) {
      missedTags.add(tag);
      wentDown(error);
    }
  }

  return {
    name: "redis-shared",
    async get(key, meta) {
      if (!client.isReady) return null;
      try {
        const entry = await inner.get(key, meta);
        if (entry) addEdgeKeys(entry.value);
        return withCacheControl(entry);
      } catch (error) {
        wentDown(error);
        return null;
      }
    },
    async set(key, value, ctx) {
      addEdgeKeys(value?.value);
      if (!client.isReady) return;
      try {
        await inner.set(key, value, ctx);
      } catch (error) {
        wentDown(error);
      }
    },
    revalidateTag: revalidate,
    async delete(key) {
      if (!client.isReady) return;
      try {
        await inner.delete(key);
      } catch (error) {
        wentDown(error);
      }
    },
  };
}
