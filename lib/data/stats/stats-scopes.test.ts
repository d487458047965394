import { beforeAll, describe, expect, it } from "vitest";
import { canReadSearchMisses, readershipScope } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { flushSearchMisses, countSearchMiss } from "@/lib/views/search-misses";
import { parseStatsRange } from "@/lib/views/stats-range";
import { tableToCsv } from "@/lib/views/stats-table";
import { flushViews } from "@/lib/views/view-buffer";
import { makeActor } from "@/test/make-actor";
import { beacon, publishedArticle, testSection } from "@/test/view-helpers";
import { findStatsTable } from "./find-stats-table";
import { findItemReadership } from "./get-item-readership";
import { findLiveReadership } from "./get-live-readership";
import { findReadershipOverview } from "./get-readership-overview";

// Who sees what in 数据, through the same reads the page and the CSV use:
// reporters their own items, editors their sections, admins everything.

let reporter: Actor;
let editor: Actor;
let admin: Actor;
let mine: number;
let inEditorsSection: number;
let elsewhere: number;
const today = parseStatsRange({ range: "today" });

async function topTitles(actor: Actor) {
  const overview = await findReadershipOverview(readershipScope(actor)!, today, { searchMisses: canReadSearchMisses(actor) });
  return overview.tables.find((t) => t.id === "top")!.rows.map((r) => r[1]);
}

beforeAll(async () => {
  await seedSiteDefaults();
  const sectionA = await testSection("甲栏目");
  const sectionB = await testSection("乙栏目");
  const tag = Date.now();
  reporter = await makeActor(`stats-reporter-${tag}`, "reporter", []);
  editor = await makeActor(`stats-editor-${tag}`, "editor", [sectionA.id]);
  admin = await makeActor(`stats-admin-${tag}`, "admin", []);
  mine = await publishedArticle({ sectionSlug: sectionB.slug, authorId: reporter.id, title: `记者自己的稿${tag}` });
  inEditorsSection = await publishedArticle({ sectionSlug: sectionA.slug, title: `编辑栏目的稿${tag}` });
  elsewhere = await publishedArticle({ sectionSlug: sectionB.slug, title: `别人的稿${tag}` });
  for (const [id, readers] of [[mine, 3], [inEditorsSection, 2], [elsewhere, 1]] as const) {
    for (let i = 0; i < readers; i++) await beacon({ kind: "article", id, ref: "https://www.baidu.com/s" }, { ip: `198.18.${id % 250}.${i + 1}` });
  }
  await flushViews();
});

describe("scopes", () => {
  it("reporters see only their own items, in the ranges, the live view and per item", async () => {
    const titles = await topTitles(reporter);
    expect(titles).toEqual([expect.stringContaining("记者自己的稿")]);
    const live = await findLiveReadership(readershipScope(reporter)!);
    expect(live.items.map((i) => i.key)).toEqual([`article:${mine}`]);
    expect(live.readersAreDistinct).toBe(false);
    expect(await findItemReadership(reporter, mine)).not.toBeNull();
    expect(await findItemReadership(reporter, elsewhere)).toBeNull();
  });

  it("editors see their sections (and their own items), not other sections", async () => {
    const titles = await topTitles(editor);
    expect(titles.some((t) => String(t).includes("编辑栏目的稿"))).toBe(true);
    expect(titles.some((t) => String(t).includes("别人的稿") || String(t).includes("记者自己的稿"))).toBe(false);
    expect(await findItemReadership(editor, inEditorsSection)).not.toBeNull();
    expect(await findItemReadership(editor, elsewhere)).toBeNull();
  });

  it("admins see everything, with site-wide distinct live readers", async () => {
    const titles = (await topTitles(admin)).map(String);
    for (const part of ["记者自己的稿", "编辑栏目的稿", "别人的稿"]) expect(titles.some((t) => t.includes(part))).toBe(true);
    const live = await findLiveReadership(readershipScope(admin)!);
    expect(live.readersAreDistinct).toBe(true);
    expect(live.readers).toBeGreaterThanOrEqual(6);
    expect(live.referrers.find((r) => r.label === "百度")?.views).toBeGreaterThanOrEqual(6);
  });

  it("signed out, nothing", async () => {
    expect(readershipScope(null)).toBeNull();
    expect(await findStatsTable(null, { table: "top", range: today, item: null })).toBeNull();
  });
});

describe("tables and CSV", () => {
  it("the CSV export holds exactly the table's header and rows", async () => {
    const table = (await findStatsTable(admin, { table: "referrers", range: today, item: null }))!;
    const csv = tableToCsv(table);
    expect(csv.startsWith("\uFEFF来源,浏览,占比\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n").map((l) => l.split(","));
    expect(lines.slice(1)).toEqual(table.rows.map((r) => r.map(String)));
    expect(lines.find((l) => l[0] === "百度")?.[1]).toBe(String(table.rows.find((r) => r[0] === "百度")![1]));
  });

  it("quotes commas and defuses formulas", () => {
    const csv = tableToCsv({ id: "t", title: "t", columns: ["标题", "浏览"], rows: [["凯里,雷山", 1], ["=1+1", 2], ['说"好"', 3]], chart: "none" });
    expect(csv).toContain('"凯里,雷山",1');
    expect(csv).toContain("'=1+1,2");
    expect(csv).toContain('"说""好""",3');
  });
});

describe("零结果搜索", () => {
  it("lists searches that found nothing per normalised query, for editors and up only", async () => {
    countSearchMiss("Ｑｉａｎ  苗年");
    countSearchMiss("qian 苗年");
    countSearchMiss("没有的东西");
    await flushSearchMisses();
    const misses = (await findStatsTable(editor, { table: "search-misses", range: today, item: null }))!;
    expect(misses.rows).toContainEqual(["qian 苗年", 2]);
    expect(misses.rows).toContainEqual(["没有的东西", 1]);
    expect(await findStatsTable(reporter, { table: "search-misses", range: today, item: null })).toBeNull();
    expect(await db.searchMiss.count()).toBeGreaterThanOrEqual(2);
  });
});
