import "server-only";
import { addViews, type ViewIncrement } from "@/lib/data/views/add-views";
import type { ViewKind } from "./view-kinds";

// Views are added up in memory and written in batches: one UPDATE per page
// view would make the busiest pages the database's busiest writers. A crash
// loses at most one interval of counts, which a view counter can afford.
const FLUSH_INTERVAL_MS = Number(process.env.VIEW_FLUSH_MS ?? 5_000);
/** Distinct items after which a batch is written without waiting for the timer. */
const MAX_PENDING_ITEMS = 500;
/** The same address viewing the same item again within this window counts once. */
const REPEAT_WINDOW_MS = 30 * 60_000;
const MAX_REMEMBERED_VIEWS = 50_000;

const pending = new Map<string, ViewIncrement>();
const recentViews = new Map<string, number>();
let timer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> = Promise.resolve();

/** Counts one view unless the same address viewed the same item lately. */
export function countView(kind: ViewKind, id: number, viewer: string, now = Date.now()): boolean {
  const viewKey = `${viewer}|${kind}|${id}`;
  const seenAt = recentViews.get(viewKey);
  if (seenAt !== undefined && now - seenAt < REPEAT_WINDOW_MS) return false;
  rememberView(viewKey, now);

  const key = `${kind}:${id}`;
  const entry = pending.get(key);
  if (entry) entry.count += 1;
  else pending.set(key, { kind, id, count: 1 });

  if (pending.size >= MAX_PENDING_ITEMS) void flushViews();
  else scheduleFlush();
  return true;
}

/** Writes what is pending now; resolves when it is in the database. */
export function flushViews(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = [...pending.values()];
  pending.clear();
  flushing = flushing.then(() =>
    addViews(batch).catch((error: unknown) => {
      console.error("[views] could not write a batch of view counts", error);
    }),
  );
  return flushing;
}

function scheduleFlush() {
  if (timer) return;
  timer = setTimeout(() => void flushViews(), FLUSH_INTERVAL_MS);
  timer.unref?.();
}

function rememberView(viewKey: string, now: number) {
  recentViews.delete(viewKey);
  recentViews.set(viewKey, now);
  // A Map iterates in insertion order: the first entries are the oldest.
  while (recentViews.size > MAX_REMEMBERED_VIEWS) {
    const oldest = recentViews.keys().next().value;
    if (oldest === undefined) break;
    recentViews.delete(oldest);
  }
}
