import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoArticle, NEWS_SECTION_SLUGS } from "@/demo/generate-news";
import { createRng } from "@/demo/rng";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { STATUS } from "@/lib/content/status";
import { charPairs, queryFragments } from "./fragments";
import { findSearchResults } from "./search-site";
import { syncArticleSearch } from "./sync-search";

// Fragment search over the demo content readers see on a first start (the
// first-start seed's generator and seed): pieces cut out of real demo titles
// at random positions must find their article among the first three, and
// the example title must be found by pieces that cut across words.
const now = new Date("2026-11-20T04:00:00Z");
const DEMO_SEED = 20260101;
const CORPUS = 240;
const corpus: { id: number; title: string }[] = [];
let riverId = 0;
let yellowRiverId = 0;

async function publish(title: string, bodyHtml: string, sectionSlug: string, daysAgo: number, summary = "") {
  const { id } = await createArticle({ title, summary, bodyHtml, sectionSlug, status: STATUS.published, publishedAt: new Date(now.getTime() - daysAgo * 86_400_000) });
  await syncArticleSearch(id);
  return id;
}

beforeAll(async () => {
  await seedSiteDefaults();
  // Rank among this corpus only (other test files index articles of their own).
  await db.searchDocument.deleteMany();
  const rng = createRng(DEMO_SEED);
  for (let i = 0; i < CORPUS; i++) {
    const demo = generateDemoArticle(rng, NEWS_SECTION_SLUGS[i % NEWS_SECTION_SLUGS.length]);
    const { id } = await createArticle({ ...demo, source: demo.source ?? "", status: STATUS.published, publishedAt: new Date(now.getTime() - (i % 90) * 86_400_000) });
    await syncArticleSearch(id);
    // The subtitle is title text for search too.
    corpus.push({ id, title: demo.subtitle ? `${demo.title} ${demo.subtitle}` : demo.title });
  }
  riverId = await publish("岑巩县排榜镇河长巡河常态化 守护都柳江一江清水", "<p>镇里的河长每周沿河巡查，清理河道垃圾。</p>", "xianshi", 2);
  yellowRiverId = await publish("沿黄河长江经济带考察团到访", "<p>考察团参观了产业园区。</p>", "zonghe", 1);
}, 120_000);

// The test files share one database: 240 published demo articles would crowd
// other files' lists (相关新闻 by shared tags). Back to drafts, out of search.
afterAll(async () => {
  const ids = [...corpus.map((c) => c.id), riverId, yellowRiverId];
  await db.article.updateMany({ where: { id: { in: ids } }, data: { status: STATUS.draft } });
  await db.searchDocument.deleteMany({ where: { kind: "article", refId: { in: ids } } });
});

const hrefsFor = async (q: string, fragments = true) => (await findSearchResults({ q, now, fragments })).items.map((h) => h.href);

/** Runs of two or more Chinese characters in a title. */
const hanRuns = (title: string) => title.match(/\p{Script=Han}{2,}/gu) ?? [];

/**
 * 30 pieces of demo titles, cut at seeded random positions and lengths (2 to
 * 8 characters). A piece that stands in the titles (or subtitles) of more
 * than three articles cannot put "its" article among the first three, so such a cut is
 * drawn again.
 */
function fragmentCases(): { q: string; id: number; title: string }[] {
  const rng = createRng(1414);
  const cases: { q: string; id: number; title: string }[] = [];
  const seen = new Set<string>();
  while (cases.length < 30) {
    const article = rng.pick(corpus);
    const runs = hanRuns(article.title);
    if (runs.length === 0) continue;
    const run = [...rng.pick(runs)];
    const length = rng.int(2, Math.min(8, run.length));
    const start = rng.int(0, run.length - length);
    const q = run.slice(start, start + length).join("");
    if (seen.has(q) || corpus.filter((c) => c.title.includes(q)).length > 3) continue;
    seen.add(q);
    cases.push({ q, id: article.id, title: article.title });
  }
  return cases;
}

describe("fragments of demo titles find their article among the first three", () => {
  // Built lazily: the corpus exists only after beforeAll.
  for (let i = 0; i < 30; i++) {
    it(`fragment ${i + 1} of 30`, async () => {
      const c = fragmentCases()[i];
      const hrefs = await hrefsFor(c.q);
      expect(hrefs.slice(0, 3), `${c.q} → ${c.title}`).toContain(`/article/${c.id}`);
    });
  }

  it("finds some of them only through fragments (words alone miss them)", async () => {
    const missedByWords: string[] = [];
    for (const c of fragmentCases()) if (!(await hrefsFor(c.q, false)).slice(0, 3).includes(`/article/${c.id}`)) missedByWords.push(c.q);
    console.log(`没有片段搜索时找不到（前三）的片段：${missedByWords.length}/30 ${missedByWords.join("、")}`);
    expect(missedByWords.length).toBeGreaterThan(0);
  });
});

describe("the issue's example", () => {
  for (const q of ["县排榜镇河长", "县排榜", "镇河长", "排榜镇河长", "河长巡河", "江一江", "榜镇河"]) {
    it(`${q} finds 岑巩县排榜镇河长巡河常态化`, async () => {
      expect((await hrefsFor(q))[0]).toBe(`/article/${riverId}`);
    });
  }

  it("ranks the word 河长 above the same two characters across two words (黄河/长江)", async () => {
    const hrefs = await hrefsFor("河长");
    expect(hrefs[0]).toBe(`/article/${riverId}`);
    expect(hrefs).toContain(`/article/${yellowRiverId}`);
  });

  it("marks the fragment in the title", async () => {
    const hit = (await findSearchResults({ q: "县排榜", now })).items[0];
    expect(hit.titleHtml).toContain("<mark>县排榜</mark>");
  });
});

describe("character pairs", () => {
  it("pairs each run of letters and digits, never across runs", () => {
    expect(charPairs("岑巩县，排榜 G60")).toBe("岑巩 巩县 排榜 g6 60");
    expect(charPairs("州")).toBe("");
  });

  it("makes a query's runs of two or more characters into phrases of pairs", () => {
    expect(queryFragments("县排榜 州 河长 河长")).toEqual([
      { text: "县排榜", pairs: "县排 排榜" },
      { text: "河长", pairs: "河长" },
    ]);
    expect(queryFragments("\"'*()")).toEqual([]);
  });
});
