import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { beacon, DESKTOP_UA, hourRows, PHONE_UA, publishedArticle, TABLET_UA } from "@/test/view-helpers";
import { countView, flushViews } from "./view-buffer";
import { hourOf } from "./time-buckets";

// From the beacon route to the hourly rows in the real test database: every
// dimension the newsroom reads, bots and repeats, and what is never stored.

beforeAll(async () => {
  await seedSiteDefaults();
});

async function totals(id: number) {
  const rows = await hourRows("article", id);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe("beacon → hourly rows", () => {
  it("counts views and unique readers; a reader's repeat within 30 minutes counts once", async () => {
    const id = await publishedArticle();
    for (const ip of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) expect((await beacon({ kind: "article", id }, { ip })).status).toBe(204);
    await beacon({ kind: "article", id }, { ip: "198.51.100.1" });
    await flushViews();
    const row = await totals(id);
    expect(row.views).toBe(3);
    expect(row.uniques).toBe(3);
    expect(row.hour).toBe(hourOf(Date.now()));
    expect((await db.article.findUniqueOrThrow({ where: { id } })).viewCount).toBe(3);
  });

  it("counts a repeat after the window as a view, and the same hour's reader once", async () => {
    const id = await publishedArticle();
    // From the start of an hour, so every view falls in one hour bucket.
    const start = (hourOf(Date.now()) - 5) * 3_600_000;
    const view = (now: number) =>
      countView({ kind: "article", id, address: "203.0.113.9", userAgent: PHONE_UA, referrer: { cls: "direct", host: null }, device: "phone", app: false, now });
    expect(await view(start)).toBe(true);
    expect(await view(start + 10 * 60_000)).toBe(false);
    expect(await view(start + 31 * 60_000)).toBe(true);
    await flushViews();
    const row = await totals(id);
    expect([row.views, row.uniques]).toEqual([2, 1]);
  });

  it("sorts every referrer class, including other sites by host", async () => {
    const id = await publishedArticle();
    const sources: [string, Record<string, unknown>, string?][] = [
      ["refBaidu", { ref: "https://m.baidu.com/s?word=凯里" }],
      ["refSogou", { ref: "https://wap.sogou.com/web/search" }],
      ["refSo360", { ref: "https://m.so.com/s?q=黔东南" }],
      ["refShenma", { ref: "https://yz.m.sm.cn/s?q=雷山" }],
      ["refBing", { ref: "https://cn.bing.com/search?q=qdn" }],
      ["refWechat", { ref: "" }, "Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36 MicroMessenger/8.0.50"],
      ["refWeibo", { ref: "https://weibo.com/u/1" }],
      ["refQq", { ref: "https://xw.qq.com/" }],
      ["refDouyin", { ref: "https://www.douyin.com/video/1" }],
      ["refToutiao", { ref: "https://m.toutiao.com/a1" }],
      ["refPush", { ref: "", from: "push" }],
      ["refInternal", { ref: "http://localhost:3000/news" }],
      ["refDirect", {}],
      ["refOther", { ref: "https://www.gzgov.cn/news/1.html" }],
    ];
    for (const [i, [, extra, ua]] of sources.entries()) {
      expect((await beacon({ kind: "article", id, ...extra }, { ip: `192.0.2.${i + 1}`, userAgent: ua ?? PHONE_UA })).status).toBe(204);
    }
    await flushViews();
    const row = (await totals(id)) as unknown as Record<string, number>;
    for (const [column] of sources) expect(row[column], column).toBe(1);
    expect(row.views).toBe(sources.length);
    const hosts = await db.viewReferrerDay.findMany({ where: { kind: "article", itemId: id } });
    expect(hosts.map((h) => [h.host, h.views])).toEqual([["gzgov.cn", 1]]);
  });

  it("tells phones, tablets and desktops apart, and counts the installed APP", async () => {
    const id = await publishedArticle();
    await beacon({ kind: "article", id, app: 1, touch: 1 }, { ip: "192.0.2.50", userAgent: PHONE_UA });
    await beacon({ kind: "article", id, app: 0 }, { ip: "192.0.2.51", userAgent: TABLET_UA });
    await beacon({ kind: "article", id }, { ip: "192.0.2.52", userAgent: DESKTOP_UA });
    await beacon({ kind: "article", id, app: 1 }, { ip: "192.0.2.53", userAgent: DESKTOP_UA });
    await flushViews();
    const row = await totals(id);
    expect([row.devicePhone, row.deviceTablet, row.deviceDesktop, row.appViews]).toEqual([1, 1, 2, 2]);
  });

  it("adds read depth milestones and engaged seconds from the page-hide reports", async () => {
    const id = await publishedArticle();
    await beacon({ kind: "article", id }, { ip: "192.0.2.60" });
    // One reader: 50 % and 20 s, later 100 % and 15 s more; another stops at 25 %.
    await beacon({ kind: "article", id, depth: 50, depthFrom: 0, seconds: 20 }, { ip: "192.0.2.60" });
    await beacon({ kind: "article", id, depth: 100, depthFrom: 50, seconds: 15 }, { ip: "192.0.2.60" });
    await beacon({ kind: "article", id, depth: 25, depthFrom: 0, seconds: 4 }, { ip: "192.0.2.61" });
    await flushViews();
    const row = await totals(id);
    expect([row.depth25, row.depth50, row.depth75, row.depth100, row.engagedSeconds]).toEqual([2, 1, 1, 1, 39]);
  });

  it("never counts bots, and refuses malformed beacons", async () => {
    const id = await publishedArticle();
    const bots = ["Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", "Sogou web spider/4.0", "Mozilla/5.0 HeadlessChrome/156.0.0.0 Safari/537.36", ""];
    for (const userAgent of bots) expect((await beacon({ kind: "article", id }, { userAgent })).status).toBe(204);
    expect((await beacon({ kind: "article", id, depth: 30, depthFrom: 0, seconds: 5 })).status).toBe(400);
    expect((await beacon({ kind: "article", id, depth: 25, depthFrom: 50, seconds: 5 })).status).toBe(400);
    expect((await beacon({ kind: "article", id, ref: "x".repeat(600) })).status).toBe(400);
    expect((await beacon({ kind: "nothing", id })).status).toBe(400);
    expect((await beacon("{not json")).status).toBe(400);
    await flushViews();
    expect(await hourRows("article", id)).toEqual([]);
  });

  it("never counts drafts, withdrawn articles or unknown ids", async () => {
    const draft = await publishedArticle({ status: "draft" });
    const withdrawn = await publishedArticle({ status: "withdrawn" });
    for (const id of [draft, withdrawn, 2_000_000_000]) await beacon({ kind: "article", id }, { ip: "192.0.2.70" });
    await flushViews();
    for (const id of [draft, withdrawn, 2_000_000_000]) expect(await hourRows("article", id)).toEqual([]);
  });

  it("keeps no address, agent or reader id: only counters", async () => {
    const id = await publishedArticle();
    await beacon({ kind: "article", id, ref: "https://m.baidu.com/s" }, { ip: "198.51.100.77" });
    await flushViews();
    const stored = JSON.stringify([await hourRows("article", id), await db.viewReferrerDay.findMany({ where: { itemId: id } })]);
    expect(stored).not.toContain("198.51.100.77");
    expect(stored).not.toContain("Android");
  });
});
