import "server-only";
import { onShutdown } from "@/lib/http/shutdown.mjs";
import { recordSearchMisses, type SearchMissCount } from "@/lib/data/views/record-search-misses";
import { dayOf } from "./time-buckets";

// Searches that found nothing, counted per normalised query and day so the
// newsroom sees what readers look for and do not find. Only the query text
// is kept (no reader, no time of day), in batches like the view counts.
const FLUSH_INTERVAL_MS = Number(process.env.VIEW_FLUSH_MS ?? 5_000);
/** Distinct queries held at most between writes: a flood of random queries cannot grow memory. */
const MAX_PENDING = 5_000;

const pending = new Map<string, SearchMissCount>();
let timer: ReturnType<typeof setTimeout> | null = null;

/** The form a miss is counted under: lower case, full-width folded, spaces single. */
export function normaliseMissQuery(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function countSearchMiss(text: string, now = Date.now()): void {
  const query = normaliseMissQuery(text);
  if (!query) return;
  const day = dayOf(now);
  const key = `${day}|${query}`;
  const entry = pending.get(key);
  if (entry) entry.count += 1;
  else if (pending.size < MAX_PENDING) pending.set(key, { day, query, count: 1 });
  if (!timer) {
    timer = setTimeout(() => void flushSearchMisses(), FLUSH_INTERVAL_MS);
    timer.unref?.();
  }
}

export async function flushSearchMisses(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const rows = [...pending.values()];
  pending.clear();
  await recordSearchMisses(rows).catch((error: unknown) => console.error("[search] could not write zero-result counts", error));
}

onShutdown("search-misses", flushSearchMisses);
