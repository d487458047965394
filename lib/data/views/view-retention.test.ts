import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { dayOf, hourOf } from "@/lib/views/time-buckets";
import { emptyCounters } from "@/lib/views/view-counters";
import { publishedArticle } from "@/test/view-helpers";
import { applyViewRetention } from "./view-retention";
import { writeViewBatch } from "./write-view-batch";

beforeAll(() => seedSiteDefaults());

describe("retention", () => {
  it("drops hourly rows older than the hourly retention and keeps their days, also when two instances do it at once", async () => {
    const id = await publishedArticle();
    const now = Date.now();
    const firstHour = hourOf(now - 100 * 86_400_000);
    const hours = [0, 1, 2].map((h) => {
      const hour = firstHour + h;
      return { hour, day: dayOf(hour * 3_600_000), kind: "article" as const, itemId: id, counters: { ...emptyCounters(), views: 10, uniques: 4, refBaidu: 3, depth25: 2 } };
    });
    const days = [...new Set(hours.map((h) => h.day))].map((day) => ({
      day,
      kind: "article" as const,
      itemId: id,
      counters: { ...emptyCounters(), views: 10 * hours.filter((h) => h.day === day).length, uniques: 5, refBaidu: 3 * hours.filter((h) => h.day === day).length },
    }));
    await writeViewBatch(hours, [], days);
    const recentHour = hourOf(now) - 1;
    const recentDay = dayOf(recentHour * 3_600_000);
    await writeViewBatch([{ hour: recentHour, day: recentDay, kind: "article", itemId: id, counters: { ...emptyCounters(), views: 1 } }], []);

    await Promise.all([applyViewRetention({ hourlyDays: 90, dailyDays: 0 }, now), applyViewRetention({ hourlyDays: 90, dailyDays: 0 }, now)]);
    const daily = await db.viewDay.findMany({ where: { kind: "article", itemId: id } });
    // The days are what the flushes wrote, neither lost nor added to again.
    expect(daily.reduce((n, d) => n + d.views, 0)).toBe(31);
    expect(daily.reduce((n, d) => n + d.refBaidu, 0)).toBe(9);
    expect(daily.filter((d) => d.day !== recentDay).reduce((n, d) => n + d.uniques, 0)).toBe(5 * days.length);
    // The recent hour stays hourly; the old ones are gone from the hourly table.
    expect((await db.viewHour.findMany({ where: { kind: "article", itemId: id } })).map((r) => r.hour)).toEqual([recentHour]);
  });

  it("deletes daily rows past the daily retention when one is set", async () => {
    const id = await publishedArticle();
    const now = Date.now();
    await db.viewDay.create({ data: { day: dayOf(now) - 800, kind: "article", itemId: id, views: 5 } });
    await db.viewDay.create({ data: { day: dayOf(now) - 300, kind: "article", itemId: id, views: 7 } });
    await applyViewRetention({ hourlyDays: 90, dailyDays: 0 }, now);
    expect(await db.viewDay.count({ where: { itemId: id, kind: "article" } })).toBe(2);
    await applyViewRetention({ hourlyDays: 90, dailyDays: 365 }, now);
    expect((await db.viewDay.findMany({ where: { itemId: id, kind: "article" } })).map((d) => d.views)).toEqual([7]);
  });
});
