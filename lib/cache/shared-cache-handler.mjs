// Next's `cacheHandler` when REDIS_URL is set (next.config.ts): every
// instance reads and writes the same ISR entries, and revalidateTag on one
// expires them for all. Loaded by the production server itself, outside the
// bundles, hence plain JavaScript. See shared-cache.mjs.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { createClient } from "redis";
import { resilientRedisHandler, sharedCacheKeyPrefix } from "./shared-cache.mjs";

const shared = globalThis;

CacheHandler.onCreation(({ buildId }) => {
  shared.qdnSharedCacheConfig ??= {
    handlers: [
      resilientRedisHandler({
        client: connectedClient(process.env.REDIS_URL),
        keyPrefix: sharedCacheKeyPrefix(process.env.REDIS_KEY_PREFIX, buildId),
      }),
    ],
  };
  return shared.qdnSharedCacheConfig;
});

function connectedClient(url) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(200 + retries * 200, 3000) },
  });
  // A first connection that fails is retried by the client itself; the
  // handler treats every request meanwhile as a miss.
  client.connect().catch(() => {});
  return client;
}

export default CacheHandler;
