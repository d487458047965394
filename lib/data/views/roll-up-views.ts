import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayOf } from "@/lib/views/time-buckets";
import { addCounters, COUNTER_COLUMNS, emptyCounters, type Counters } from "@/lib/views/view-counters";

export type Retention = { hourlyDays: number; dailyDays: number };

/**
 * Hourly rows older than `hourlyDays` become daily rows, a day at a time:
 * each day's hourly rows are deleted with RETURNING and added to ViewDay in
 * the same transaction, so two instances rolling up at once cannot count a
 * row twice (the second finds nothing to delete). Daily rows, other-site
 * referrers and zero-result searches older than `dailyDays` are deleted
 * (0 keeps them for good). Returns the days rolled up.
 */
export async function rollUpViews({ hourlyDays, dailyDays }: Retention, now = Date.now()): Promise<number> {
  const cutoff = dayOf(now) - hourlyDays;
  let rolled = 0;
  for (;;) {
    const oldest = await db.viewHour.findFirst({ where: { day: { lt: cutoff } }, orderBy: { day: "asc" }, select: { day: true } });
    if (!oldest) break;
    await rollUpDay(oldest.day);
    rolled += 1;
  }
  if (dailyDays > 0) {
    const dailyCutoff = dayOf(now) - dailyDays;
    await db.$transaction([
      db.viewDay.deleteMany({ where: { day: { lt: dailyCutoff } } }),
      db.viewReferrerDay.deleteMany({ where: { day: { lt: dailyCutoff } } }),
      db.searchMiss.deleteMany({ where: { day: { lt: dailyCutoff } } }),
    ]);
  }
  return rolled;
}

type Row = { kind: string; itemId: number; sectionId: number | null; authorId: number | null } & Counters;

async function rollUpDay(day: number) {
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Row[]>`DELETE FROM "ViewHour" WHERE "day" = ${day}
      RETURNING "kind", "itemId", "sectionId", "authorId", ${Prisma.join(COUNTER_COLUMNS.map((c) => Prisma.raw(`"${c}"`)))}`;
    const items = new Map<string, Row>();
    for (const r of rows) {
      const key = `${r.kind}:${r.itemId}`;
      const into = items.get(key);
      if (into) addCounters(into, numbers(r));
      else items.set(key, { ...r, ...addCounters(emptyCounters(), numbers(r)) });
    }
    const list = [...items.values()];
    for (let i = 0; i < list.length; i += 200) {
      const chunk = list.slice(i, i + 200);
      const values = chunk.map((r) => Prisma.sql`(${Prisma.join([day, r.kind, r.itemId, r.sectionId, r.authorId, ...COUNTER_COLUMNS.map((c) => r[c])])})`);
      const columns = ["day", "kind", "itemId", "sectionId", "authorId", ...COUNTER_COLUMNS].map((c) => Prisma.raw(`"${c}"`));
      const adds = COUNTER_COLUMNS.map((c) => Prisma.raw(`"${c}" = "ViewDay"."${c}" + excluded."${c}"`));
      await tx.$executeRaw`INSERT INTO "ViewDay" (${Prisma.join(columns)}) VALUES ${Prisma.join(values)}
        ON CONFLICT ("day", "kind", "itemId") DO UPDATE SET ${Prisma.join(adds)}`;
    }
  });
}

/** Raw rows may carry bigints (PostgreSQL's SUM, some drivers' integers). */
function numbers(row: Row): Counters {
  return Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, Number(row[c])])) as Counters;
}
