import "server-only";
import { createHash } from "node:crypto";
import { applyViewRetention } from "@/lib/data/views/view-retention";
import { type DayRow, type HostRow, type HourRow, writeViewBatch } from "@/lib/data/views/write-view-batch";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/http/shutdown.mjs";
import type { DeviceClass } from "./device-class";
import { MAX_ENGAGED_SECONDS } from "./engagement-limits";
import type { ReferrerInfo } from "./referrer-class";
import { dayOf, dayStart, hourOf, minuteOf } from "./time-buckets";
import { addCounters, DEPTH_COLUMNS, DEPTHS, DEVICE_COLUMNS, emptyCounters, REFERRER_COLUMNS, type Counters, type Depth } from "./view-counters";
import type { ViewKind } from "./view-kinds";
import { viewStore } from "./view-store-instance";

// Views are added up in memory and written in batches of hourly and daily
// rows: one write per page view would make the busiest pages the database's
// busiest writers, and no single event is ever stored. A crash loses at most
// one interval of counts (VIEW_FLUSH_MS). The daily rows are written beside
// the hourly ones (rather than summed from them later) because a day's
// readers are not the sum of its hours' readers: a reader of the morning and
// the evening is one reader of the day, which only a day mark can tell.
// A stopped server (SIGTERM, SIGINT: a deployment, a restart) writes what is
// pending before it exits (scripts/serve.mjs runs the shutdown hooks); only
// a crash or SIGKILL loses the interval.
const FLUSH_INTERVAL_MS = Number(process.env.VIEW_FLUSH_MS ?? 5_000);
/** Distinct rows after which a batch is written without waiting for the timer. */
const MAX_PENDING_ROWS = 2_000;
/** The same reader viewing the same item again within this window counts once. */
export const REPEAT_WINDOW_MS = 30 * 60_000;
/** A unique reader is counted once per item and hour: the mark outlives the hour a little. */
const UNIQUE_MARK_MS = 65 * 60_000;
/** The day mark outlives the China-time day by this much (clocks of several instances differ a little). */
const DAY_MARK_SLACK_MS = 10 * 60_000;

export type ViewEvent = {
  kind: ViewKind;
  id: number;
  /** The reader's address and browser: hashed with the day's salt here, never kept. */
  address: string;
  userAgent: string;
  referrer: ReferrerInfo;
  device: DeviceClass;
  /** Opened in the installed APP (display-mode: standalone). */
  app: boolean;
  now?: number;
};

export type EngagementEvent = {
  kind: ViewKind;
  id: number;
  /** Read depth reached before this report, and now (0, 25, 50, 75, 100). */
  depthFrom: number;
  depthTo: number;
  /** Seconds engaged since the previous report. */
  seconds: number;
  now?: number;
};

/** How often a process drops hourly rows past their retention (their days are kept; safe from several at once). */
const ROLL_UP_EVERY_MS = 3_600_000;

// One buffer per process, kept on globalThis: beacons are counted both by the
// route handler and, ahead of Next, by the start wrapper's fast path
// (instrumentation.ts), which Next bundles separately; two buffers would be
// flushed by whichever registered the shutdown hook last, and the other lost.
type PendingViews = {
  hours: Map<string, HourRow>;
  days: Map<string, DayRow>;
  hosts: Map<string, HostRow>;
  timer: ReturnType<typeof setTimeout> | null;
  flushing: Promise<void>;
  rolledUpAt: number;
};
const buffer = ((globalThis as unknown as { qdnViewBuffer?: PendingViews }).qdnViewBuffer ??= {
  hours: new Map(),
  days: new Map(),
  hosts: new Map(),
  timer: null,
  flushing: Promise.resolve(),
  rolledUpAt: 0,
});
const { hours: pendingHours, days: pendingDays, hosts: pendingHosts } = buffer;

/** A reader's id for one day: a hash of address and browser with the day's random salt. */
export function readerHash(salt: string, address: string, userAgent: string): string {
  return createHash("sha256").update(`${salt}\n${address}\n${userAgent}`).digest("base64url").slice(0, 22);
}

/** Counts one view unless the same reader viewed the same item lately. Resolves to whether it counted. */
export async function countView(event: ViewEvent): Promise<boolean> {
  const now = event.now ?? Date.now();
  const store = await viewStore();
  const reader = readerHash(await store.salt(dayOf(now)), event.address, event.userAgent);
  const item = `${event.kind}:${event.id}`;
  if (!(await store.claim(`v:${reader}:${item}`, REPEAT_WINDOW_MS, now))) return false;
  const hour = hourOf(now);
  const day = dayOf(now);
  // The reader hash already changes with the day's salt; the day in the key keeps the mark's meaning plain.
  const [uniqueInHour, uniqueInDay] = await Promise.all([
    store.claim(`u:${reader}:${item}:${hour}`, UNIQUE_MARK_MS, now),
    store.claim(`d:${reader}:${item}:${day}`, dayStart(day + 1).getTime() - now + DAY_MARK_SLACK_MS, now),
  ]);

  const add: Partial<Counters> = { views: 1, [REFERRER_COLUMNS[event.referrer.cls]]: 1, [DEVICE_COLUMNS[event.device]]: 1 };
  if (event.app) add.appViews = 1;
  addToBuckets(event.kind, event.id, now, { ...add, uniques: uniqueInHour ? 1 : 0 }, { ...add, uniques: uniqueInDay ? 1 : 0 });
  if (event.referrer.host) {
    const key = `${day}|${item}|${event.referrer.host}`;
    const row = pendingHosts.get(key) ?? { day, kind: event.kind, itemId: event.id, host: event.referrer.host, views: 0 };
    row.views += 1;
    pendingHosts.set(key, row);
  }
  await store.markLive({ minute: minuteOf(now), reader, item, referrer: event.referrer.cls });
  return true;
}

/** Adds what a page reported when it was hidden: depth milestones newly reached and engaged seconds. */
export function countEngagement(event: EngagementEvent): void {
  const add: Partial<Counters> = { engagedSeconds: Math.min(Math.max(0, Math.round(event.seconds)), MAX_ENGAGED_SECONDS) };
  for (const d of DEPTHS) if (d > event.depthFrom && d <= event.depthTo) add[DEPTH_COLUMNS[d as Depth]] = 1;
  addToBuckets(event.kind, event.id, event.now ?? Date.now(), add, add);
}

/** Adds to the pending hourly and daily rows of an item; they differ only in how readers are counted. */
function addToBuckets(kind: ViewKind, id: number, now: number, toHour: Partial<Counters>, toDay: Partial<Counters>) {
  const hour = hourOf(now);
  const day = dayOf(now);
  const hourKey = `${hour}|${kind}:${id}`;
  let hourRow = pendingHours.get(hourKey);
  if (!hourRow) pendingHours.set(hourKey, (hourRow = { hour, day, kind, itemId: id, counters: emptyCounters() }));
  addCounters(hourRow.counters, toHour);
  const dayKey = `${day}|${kind}:${id}`;
  let dayRow = pendingDays.get(dayKey);
  if (!dayRow) pendingDays.set(dayKey, (dayRow = { day, kind, itemId: id, counters: emptyCounters() }));
  addCounters(dayRow.counters, toDay);
  if (pendingHours.size + pendingDays.size + pendingHosts.size >= MAX_PENDING_ROWS) void flushViews();
  else scheduleFlush();
}

/** Writes what is pending now; resolves when it is in the database. */
export function flushViews(): Promise<void> {
  if (buffer.timer) clearTimeout(buffer.timer);
  buffer.timer = null;
  const hours = [...pendingHours.values()];
  const days = [...pendingDays.values()];
  const hosts = [...pendingHosts.values()];
  pendingHours.clear();
  pendingDays.clear();
  pendingHosts.clear();
  buffer.flushing = buffer.flushing.then(async () => {
    await writeViewBatch(hours, hosts, days).catch((error: unknown) => {
      console.error("[views] could not write a batch of view counts", error);
    });
    if (Date.now() - buffer.rolledUpAt > ROLL_UP_EVERY_MS) {
      buffer.rolledUpAt = Date.now();
      await applyViewRetention({ hourlyDays: env.VIEW_HOURLY_DAYS, dailyDays: env.VIEW_DAILY_DAYS }).catch((error: unknown) => {
        console.error("[views] could not drop old hourly rows", error);
      });
    }
  });
  return buffer.flushing;
}

onShutdown("view-counts", flushViews);

function scheduleFlush() {
  if (buffer.timer) return;
  buffer.timer = setTimeout(() => void flushViews(), FLUSH_INTERVAL_MS);
  buffer.timer.unref?.();
}
