import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { addCounters, COUNTER_COLUMNS, emptyCounters, type Counters } from "@/lib/views/view-counters";
import type { ViewKind } from "@/lib/views/view-kinds";
import { addViews, type ViewIncrement } from "./add-views";
import { STATUS } from "@/lib/content/status";

export type HourRow = { hour: number; day: number; kind: ViewKind; itemId: number; counters: Counters };
/** An item's day: the same counters as its hours' sum, except readers, counted once per day. */
export type DayRow = { day: number; kind: ViewKind; itemId: number; counters: Counters };
export type HostRow = { day: number; kind: ViewKind; itemId: number; host: string; views: number };
type ItemMeta = { sectionId: number | null; authorId: number | null };

/** Rows per INSERT: 30 columns each stays far below both databases' parameter limits. */
const ROWS_PER_STATEMENT = 200;

/**
 * Writes one batch of counted views in one transaction: the hourly and daily
 * rows and other-site referrers as relative upserts (INSERT … ON CONFLICT DO
 * UPDATE SET n = n + excluded.n, the same SQL on SQLite and PostgreSQL), so
 * instances writing at once add up rather than overwrite, and the all-time
 * counters the lists show. Items that are not published are dropped. The
 * daily rows are what every range longer than two days reads: a month is
 * then a few rows per item instead of one per hour it was read in. Without
 * `days` (a caller that never saw the readers), the days are the hours'
 * sums, readers included.
 */
export async function writeViewBatch(hours: HourRow[], hosts: HostRow[], days: DayRow[] = daysOfHours(hours)): Promise<void> {
  if (hours.length === 0 && days.length === 0 && hosts.length === 0) return;
  const meta = await publishedItems([...hours, ...days, ...hosts]);
  const known = <T extends { kind: ViewKind; itemId: number }>(r: T) => meta.has(`${r.kind}:${r.itemId}`);
  const hourRows = hours.filter(known);
  const dayRows = days.filter(known);
  const hostRows = hosts.filter(known);
  const statements = [];
  for (let i = 0; i < hourRows.length; i += ROWS_PER_STATEMENT) statements.push(upsertHours(hourRows.slice(i, i + ROWS_PER_STATEMENT), meta));
  for (let i = 0; i < dayRows.length; i += ROWS_PER_STATEMENT) statements.push(upsertDays(dayRows.slice(i, i + ROWS_PER_STATEMENT), meta));
  for (let i = 0; i < hostRows.length; i += ROWS_PER_STATEMENT) statements.push(upsertHosts(hostRows.slice(i, i + ROWS_PER_STATEMENT), meta));
  const totals = new Map<string, ViewIncrement>();
  for (const r of hourRows) {
    if (r.kind === "job") continue;
    const key = `${r.kind}:${r.itemId}`;
    const t = totals.get(key) ?? { kind: r.kind, id: r.itemId, count: 0 };
    t.count += r.counters.views;
    totals.set(key, t);
  }
  await db.$transaction(statements);
  await addViews([...totals.values()].filter((t) => t.count > 0));
}

/** Hourly rows added up per item and day. */
export function daysOfHours(hours: HourRow[]): DayRow[] {
  const days = new Map<string, DayRow>();
  for (const h of hours) {
    const key = `${h.day}|${h.kind}:${h.itemId}`;
    const row = days.get(key) ?? { day: h.day, kind: h.kind, itemId: h.itemId, counters: emptyCounters() };
    addCounters(row.counters, h.counters);
    days.set(key, row);
  }
  return [...days.values()];
}

const q = (name: string) => Prisma.raw(`"${name}"`);

function upsertHours(rows: HourRow[], meta: Map<string, ItemMeta>) {
  const columns = ["hour", "day", "kind", "itemId", "sectionId", "authorId", ...COUNTER_COLUMNS];
  const values = rows.map((r) => {
    const m = meta.get(`${r.kind}:${r.itemId}`)!;
    return Prisma.sql`(${Prisma.join([r.hour, r.day, r.kind, r.itemId, m.sectionId, m.authorId, ...COUNTER_COLUMNS.map((c) => r.counters[c])])})`;
  });
  const adds = COUNTER_COLUMNS.map((c) => Prisma.sql`${q(c)} = "ViewHour".${q(c)} + excluded.${q(c)}`);
  return db.$executeRaw`INSERT INTO "ViewHour" (${Prisma.join(columns.map(q))}) VALUES ${Prisma.join(values)}
    ON CONFLICT ("hour", "kind", "itemId") DO UPDATE SET ${Prisma.join(adds)},
    "sectionId" = excluded."sectionId", "authorId" = excluded."authorId"`;
}

function upsertDays(rows: DayRow[], meta: Map<string, ItemMeta>) {
  const columns = ["day", "kind", "itemId", "sectionId", "authorId", ...COUNTER_COLUMNS];
  const values = rows.map((r) => {
    const m = meta.get(`${r.kind}:${r.itemId}`)!;
    return Prisma.sql`(${Prisma.join([r.day, r.kind, r.itemId, m.sectionId, m.authorId, ...COUNTER_COLUMNS.map((c) => r.counters[c])])})`;
  });
  const adds = COUNTER_COLUMNS.map((c) => Prisma.sql`${q(c)} = "ViewDay".${q(c)} + excluded.${q(c)}`);
  return db.$executeRaw`INSERT INTO "ViewDay" (${Prisma.join(columns.map(q))}) VALUES ${Prisma.join(values)}
    ON CONFLICT ("day", "kind", "itemId") DO UPDATE SET ${Prisma.join(adds)},
    "sectionId" = excluded."sectionId", "authorId" = excluded."authorId"`;
}

function upsertHosts(rows: HostRow[], meta: Map<string, ItemMeta>) {
  const values = rows.map((r) => {
    const m = meta.get(`${r.kind}:${r.itemId}`)!;
    return Prisma.sql`(${Prisma.join([r.day, r.kind, r.itemId, m.sectionId, m.authorId, r.host, r.views])})`;
  });
  return db.$executeRaw`INSERT INTO "ViewReferrerDay" ("day", "kind", "itemId", "sectionId", "authorId", "host", "views") VALUES ${Prisma.join(values)}
    ON CONFLICT ("day", "kind", "itemId", "host") DO UPDATE SET "views" = "ViewReferrerDay"."views" + excluded."views"`;
}

/** Section and author of each published item in the batch, by "kind:id". */
async function publishedItems(rows: { kind: ViewKind; itemId: number }[]): Promise<Map<string, ItemMeta>> {
  const ids: Record<ViewKind, number[]> = { article: [], photos: [], media: [], job: [] };
  for (const r of rows) ids[r.kind].push(r.itemId);
  const select = { id: true, sectionId: true, authorId: true } as const;
  const where = (list: number[]) => ({ id: { in: [...new Set(list)] }, status: STATUS.published });
  const [articles, sets, media, jobs] = await Promise.all([
    ids.article.length ? db.article.findMany({ where: where(ids.article), select }) : [],
    ids.photos.length ? db.photoSet.findMany({ where: where(ids.photos), select }) : [],
    ids.media.length ? db.mediaItem.findMany({ where: where(ids.media), select }) : [],
    ids.job.length ? db.jobPost.findMany({ where: where(ids.job), select: { id: true } }) : [],
  ]);
  const meta = new Map<string, ItemMeta>();
  for (const a of articles) meta.set(`article:${a.id}`, a);
  for (const s of sets) meta.set(`photos:${s.id}`, s);
  for (const m of media) meta.set(`media:${m.id}`, m);
  for (const j of jobs) meta.set(`job:${j.id}`, { sectionId: null, authorId: null });
  return meta;
}
