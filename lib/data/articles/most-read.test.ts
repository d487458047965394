import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { writeViewBatch } from "@/lib/data/views/write-view-batch";
import { dayOf, hourOf } from "@/lib/views/time-buckets";
import { emptyCounters } from "@/lib/views/view-counters";
import { flushViews } from "@/lib/views/view-buffer";
import { beacon, publishedArticle } from "@/test/view-helpers";
import { findMostRead } from "./get-most-read";

// 热点排行 ranks by the hourly rows of the last 24 hours (and 7 days), not by
// the all-time counter: a story read today outranks last month's.

beforeAll(() => seedSiteDefaults());

async function viewsAt(id: number, hoursAgo: number, views: number) {
  const hour = hourOf(Date.now()) - hoursAgo;
  await writeViewBatch([{ hour, day: dayOf(hour * 3_600_000), kind: "article", itemId: id, counters: { ...emptyCounters(), views } }], []);
}

describe("热点排行", () => {
  it("today's story enters the 24-hour list when it is read, above a story with a big all-time count", async () => {
    // Earlier tests' views must not crowd the top: give these articles far more.
    const old = await publishedArticle({ title: "三周前的旧闻", publishedAt: new Date(Date.now() - 21 * 86_400_000) });
    await db.article.update({ where: { id: old }, data: { viewCount: 90_000_000 } });
    await viewsAt(old, 30, 5_000_000);
    const today = await publishedArticle({ title: "今天的洪水新闻" });
    // Unread, it is at most a filler at the end of a short list, with no count.
    const before = await findMostRead(5);
    expect(before[0].id).not.toBe(today);
    expect(before.find((a) => a.id === today)?.viewCount ?? 0).toBe(0);

    for (let i = 0; i < 3; i++) await beacon({ kind: "article", id: today }, { ip: `203.0.113.${100 + i}` });
    await flushViews();
    await viewsAt(today, 0, 6_000_000);
    const day = await findMostRead(5, "day");
    expect(day[0]).toMatchObject({ id: today, title: "今天的洪水新闻", viewCount: 6_000_003 });
    // The old story's views are 30 hours old: in the 24-hour list it is at most an uncounted filler.
    expect(day.find((a) => a.id === old)?.viewCount ?? 0).toBe(0);

    // The 7-day list still has the older story's views from 30 hours ago, ranked below today's.
    const week = await findMostRead(5, "week");
    expect(week.slice(0, 2).map((a) => a.id)).toEqual([today, old]);
  });

  it("drops articles withdrawn since they were read", async () => {
    const id = await publishedArticle({ title: "撤稿前很热" });
    await viewsAt(id, 1, 9_000_000);
    expect((await findMostRead(3))[0].id).toBe(id);
    await db.article.update({ where: { id }, data: { status: "withdrawn" } });
    expect((await findMostRead(3)).map((a) => a.id)).not.toContain(id);
  });
});
