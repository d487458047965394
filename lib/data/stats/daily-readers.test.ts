import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readershipScope } from "@/lib/auth/permissions";
import { db, dbProvider } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { parseStatsRange } from "@/lib/views/stats-range";
import { dayLabel, dayOf, dayStart, hourOf } from "@/lib/views/time-buckets";
import { countView, flushViews } from "@/lib/views/view-buffer";
import { emptyCounters } from "@/lib/views/view-counters";
import { makeActor } from "@/test/make-actor";
import { DESKTOP_UA, PHONE_UA, publishedArticle } from "@/test/view-helpers";
import { findItemReadership } from "./get-item-readership";
import { findReadershipOverview } from "./get-readership-overview";

// A day's readers are not the sum of its hours' readers: the morning's and
// the evening's reader of a story is one reader of that day. The flush
// writes each item's day with readers counted once per day, and the ranges
// longer than two days read those days.

const yesterday = dayOf(Date.now()) - 1;
const at = (hourOfDay: number, minute = 0) => dayStart(yesterday).getTime() + hourOfDay * 3_600_000 + minute * 60_000;
const view = (id: number, address: string, userAgent: string, now: number) =>
  countView({ kind: "article", id, address, userAgent, referrer: { cls: "direct", host: null }, device: "phone", app: false, now });

beforeAll(() => seedSiteDefaults());

describe("daily readers", () => {
  it("counts a reader of two hours of a day once in the day, and the 7-day range shows the day's readers", async () => {
    const reporter = await makeActor(`daily-readers-${Date.now()}`, "reporter", []);
    const id = await publishedArticle({ authorId: reporter.id, publishedAt: new Date(at(0)) });
    // One reader in the morning and again in the evening; another reader once.
    expect(await view(id, "198.51.100.20", PHONE_UA, at(8, 5))).toBe(true);
    expect(await view(id, "198.51.100.20", PHONE_UA, at(20, 5))).toBe(true);
    expect(await view(id, "198.51.100.21", DESKTOP_UA, at(20, 10))).toBe(true);
    await flushViews();

    const hours = await db.viewHour.findMany({ where: { kind: "article", itemId: id }, orderBy: { hour: "asc" } });
    expect(hours.map((h) => [h.hour, h.views, h.uniques])).toEqual([
      [hourOf(at(8)), 1, 1],
      [hourOf(at(20)), 2, 2],
    ]);
    const days = await db.viewDay.findMany({ where: { kind: "article", itemId: id } });
    expect(days.map((d) => [d.day, d.views, d.uniques, d.refDirect, d.devicePhone])).toEqual([[yesterday, 3, 2, 3, 3]]);

    const week = await findReadershipOverview(readershipScope(reporter)!, parseStatsRange({ range: "7d" }), { searchMisses: false });
    expect([week.totals.views, week.totals.uniques]).toEqual([3, 2]);
    const trend = week.tables.find((t) => t.id === "trend")!;
    expect(trend.rows.find((r) => r[0] === dayLabel(yesterday))).toEqual([dayLabel(yesterday), 3, 2, 0]);
    expect(week.tables.find((t) => t.id === "top")!.rows.map((r) => [r[3], r[4]])).toEqual([[3, 2]]);

    const item = await findItemReadership(reporter, id);
    expect([item?.views, item?.uniques]).toEqual([3, 2]);
  });

  it("engagement reports add to the day as they add to the hour", async () => {
    const reporter = await makeActor(`daily-depth-${Date.now()}`, "reporter", []);
    const id = await publishedArticle({ authorId: reporter.id });
    const { countEngagement } = await import("@/lib/views/view-buffer");
    countEngagement({ kind: "article", id, depthFrom: 0, depthTo: 75, seconds: 42 });
    await flushViews();
    const [hour] = await db.viewHour.findMany({ where: { kind: "article", itemId: id } });
    const [day] = await db.viewDay.findMany({ where: { kind: "article", itemId: id } });
    for (const c of ["depth25", "depth50", "depth75", "depth100", "engagedSeconds"] as const) expect(day[c], c).toBe(hour[c]);
    expect([day.depth75, day.depth100, day.engagedSeconds]).toEqual([1, 0, 42]);
  });
});

describe("the migration that brings daily rows in", () => {
  it("adds days that exist only as hourly rows up into daily rows", async () => {
    const id = await publishedArticle();
    const day = dayOf(Date.now()) - 3;
    const first = hourOf(dayStart(day).getTime());
    await db.viewHour.createMany({
      data: [
        { hour: first + 2, day, kind: "article", itemId: id, ...emptyCounters(), views: 5, uniques: 3, refWechat: 5 },
        { hour: first + 9, day, kind: "article", itemId: id, ...emptyCounters(), views: 4, uniques: 4, refBaidu: 4 },
      ],
    });
    const folder = dbProvider === "postgresql" ? "prisma/postgresql/migrations" : "prisma/migrations";
    const sql = readFileSync(path.join(process.cwd(), folder, "20261206180000_daily_readership", "migration.sql"), "utf8");
    // Inside a transaction that is rolled back: the other tests' days were written by their flushes already.
    const rolledBack = new Error("rolled back on purpose");
    let seen: { views: number; uniques: number; refWechat: number; refBaidu: number }[] = [];
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(sql);
        seen = await tx.viewDay.findMany({ where: { kind: "article", itemId: id }, select: { views: true, uniques: true, refWechat: true, refBaidu: true } });
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(seen).toEqual([{ views: 9, uniques: 7, refWechat: 5, refBaidu: 4 }]);
  });
});
