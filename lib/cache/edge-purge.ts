import "server-only";
import { env } from "@/lib/env";

// Purge on publish: the edge (deploy/varnish/portal.vcl) keeps public pages
// for their whole s-maxage, so when public content changes the app tells
// every edge node (EDGE_PURGE_URLS) to drop the pages carrying the tags the
// change touched — the same tags the ISR cache expires. Pages carry their
// tags to the edge in an `xkey` header (lib/cache/shared-cache.mjs).
// A purge that fails is retried, then logged; it never fails the editor's
// action (the page then ages out after its s-maxage).

export type PurgeOutcome = { url: string; ok: boolean; attempts: number; status?: number; error?: string };

type PurgeOptions = { attempts?: number; retryDelayMs?: number; timeoutMs?: number; log?: (line: string) => void };

/** Sends `PURGE` with `xkey-purge: <tags>` to each edge, retrying each up to `attempts` times. Never throws. */
export async function purgeEdgeTags(tags: string[], urls: string[], options: PurgeOptions = {}): Promise<PurgeOutcome[]> {
  const keys = [...new Set(tags)].filter((t) => /^[^\s]+$/.test(t));
  if (keys.length === 0 || urls.length === 0) return [];
  const { attempts = 3, retryDelayMs = 300, timeoutMs = 2000, log = (line: string) => console.error(line) } = options;
  return Promise.all(
    urls.map(async (url): Promise<PurgeOutcome> => {
      let last: PurgeOutcome = { url, ok: false, attempts: 0 };
      for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) await new Promise((r) => setTimeout(r, retryDelayMs * (attempt - 1)));
        try {
          const res = await fetch(url, { method: "PURGE", headers: { "xkey-purge": keys.join(" ") }, signal: AbortSignal.timeout(timeoutMs) });
          await res.arrayBuffer().catch(() => undefined);
          last = { url, ok: res.ok, attempts: attempt, status: res.status };
        } catch (error) {
          last = { url, ok: false, attempts: attempt, error: error instanceof Error ? error.message : String(error) };
        }
        if (last.ok) return last;
      }
      log(`[边缘缓存] 清除失败（已试 ${last.attempts} 次）：${url} ${last.status ?? last.error ?? ""}，标签 ${keys.join(" ")}；这些页面将在其缓存时间到期后更新`);
      return last;
    }),
  );
}

/** How long after the first purge the second one goes out. */
export const REPURGE_AFTER_MS = 1000;

/**
 * Purges `tags` at `urls` at once, and again `repurgeAfterMs` later. A route
 * handler's response (the scheduler's publish-due) goes out before Next has
 * expired the tags in the shared cache, so a reader who asks the edge in
 * between makes it fetch the old page from an instance and keep it for its
 * whole s-maxage: measured, 2 of 10 scheduled publishes left the old
 * homepage at the edge. The second purge drops such a copy; after a server
 * action (which waits for the expiry) it costs one more render of each page.
 */
export async function purgeEdgeTwice(tags: string[], urls: string[], options: PurgeOptions & { repurgeAfterMs?: number } = {}): Promise<PurgeOutcome[]> {
  const { repurgeAfterMs = REPURGE_AFTER_MS, ...rest } = options;
  await purgeEdgeTags(tags, urls, rest);
  await new Promise((r) => setTimeout(r, repurgeAfterMs));
  return purgeEdgeTags(tags, urls, rest);
}

/** The edges of this deployment (EDGE_PURGE_URLS), purged with `tags` (twice: see purgeEdgeTwice). */
export function purgeEdge(tags: string[]): Promise<PurgeOutcome[]> {
  return purgeEdgeTwice(tags, env.EDGE_PURGE_URLS);
}
