import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export type SearchMissCount = { day: number; query: string; count: number };

/** Adds counts of searches that found nothing; relative upserts, so instances add up. */
export async function recordSearchMisses(rows: SearchMissCount[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((r) => Prisma.sql`(${r.day}, ${r.query}, ${r.count})`);
    await db.$executeRaw`INSERT INTO "SearchMiss" ("day", "query", "count") VALUES ${Prisma.join(values)}
      ON CONFLICT ("day", "query") DO UPDATE SET "count" = "SearchMiss"."count" + excluded."count"`;
  }
}
