import "server-only";
import { env } from "@/lib/env";
import { MemoryViewStore } from "./memory-view-store";
import { connectRedis, RedisViewStore } from "./redis-view-store";
import type { ViewStore } from "./view-store";

// One store per process: Redis when REDIS_URL is set (several instances
// then count a reader once between them), this process's memory otherwise.
// If Redis cannot be reached at start, counting goes on in memory and says so.
// Kept on globalThis: the beacon route and the newsroom's live view are
// bundled separately, and must still share one in-process store.
const shared = globalThis as unknown as { qdnViewStore?: Promise<ViewStore> };

export function viewStore(): Promise<ViewStore> {
  shared.qdnViewStore ??= openStore();
  return shared.qdnViewStore;
}

async function openStore(): Promise<ViewStore> {
  const url = env.REDIS_URL;
  if (!url) return new MemoryViewStore();
  try {
    return new RedisViewStore(await connectRedis(url), env.REDIS_KEY_PREFIX);
  } catch (error) {
    console.error("[views] Redis 不可用，改为单进程计数:", error instanceof Error ? error.message : error);
    return new MemoryViewStore();
  }
}
