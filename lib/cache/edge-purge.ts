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

/** The edges of this deployment (EDGE_PURGE_URLS), purged with `tags`. */
export function purgeEdge(tags: string[]): Promise<PurgeOutcome[]> {
  return purgeEdgeTags(tags, env.EDGE_PURGE_URLS);
}
