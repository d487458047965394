// The body of `npm run bench:search` (run through scripts/bench-search.mjs,
// which points DATABASE_URL at .bench-search/).
import { performance } from "node:perf_hooks";
import { db, dbProvider } from "@/lib/db/client";
import { seedBulkArticles } from "@/demo/seed-bulk";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { findSearchResults } from "@/lib/search/search-site";
import { ftsExpression, tsQueryExpression } from "@/lib/search/search-query";
import { queryWords } from "@/lib/search/segment";
import { runScript } from "./lib/run-script";
import { migrateDatabase, removeDatabase, tuneSqlite } from "./lib/database";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const onPostgres = dbProvider === "postgresql";

// County names, beats, one-character and mixed queries, several words, a
// section filter, a word nobody wrote and pieces cut across words: common
// and rare terms alike.
const QUERIES: { q: string; section?: string }[] = [
  { q: "凯里" }, { q: "雷山" }, { q: "黎平" }, { q: "从江" }, { q: "榕江" }, { q: "镇远" }, { q: "丹寨" },
  { q: "乡村振兴" }, { q: "旅游" }, { q: "教育" }, { q: "茶叶" }, { q: "民族文化" }, { q: "安全生产" },
  { q: "招商引资" }, { q: "医疗" }, { q: "防汛" }, { q: "州" }, { q: "G60高速" }, { q: "凯里 旅游" },
  { q: "黔东南州 乡村 振兴 产业" }, { q: "雷山", section: "xianshi" }, { q: "会议", section: "shizheng" },
  { q: "量子计算" }, { q: "矛盾纠纷" },
  // Pieces of generated titles cut across words, which only fragment search finds.
  { q: "通建设" }, { q: "到剑河县" }, { q: "街道等地" }, { q: "县职业" },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timeAll(run: (q: { q: string; section?: string }) => Promise<unknown>) {
  for (const q of QUERIES) await run(q); // warm-up: page cache, jieba's dictionary
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let r = 0; r < REPEAT; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await run(q);
      const took = performance.now() - t;
      times.push(took);
      const label = `${q.q}${q.section ? `@${q.section}` : ""}`;
      perQuery.set(label, [...(perQuery.get(label) ?? []), took]);
    }
  }
  times.sort((a, b) => a - b);
  // The queries that decide the p95: each one's median, slowest first.
  const slowest = [...perQuery]
    .map(([label, xs]) => ({ label, median: percentile([...xs].sort((a, b) => a - b), 50) }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 8);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], n: times.length, slowest };
}

async function sectionId(slug?: string) {
  return slug ? (await db.section.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id : null;
}

/** Baseline 1: what a site without an index does — LIKE over titles, newest first, with a count. */
async function likeTitles({ q, section }: { q: string; section?: string }) {
  const id = await sectionId(section);
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const filter = id ? `AND "sectionId" = ${id}` : "";
  const p = onPostgres ? "$1" : "?";
  await db.$queryRawUnsafe(`SELECT count(*) AS n FROM "Article" WHERE "status" = 'published' AND "title" LIKE ${p} ESCAPE '\\' ${filter}`, pattern);
  await db.$queryRawUnsafe(`SELECT "id", "title" FROM "Article" WHERE "status" = 'published' AND "title" LIKE ${p} ESCAPE '\\' ${filter} ORDER BY "publishedAt" DESC LIMIT 10`, pattern);
}

/** Baseline 2: the bare index lookup — the same match, no ranking, no count, no snippets. */
async function bareFts({ q }: { q: string }) {
  const words = queryWords(q);
  if (!words.length) return;
  if (onPostgres) await db.$queryRawUnsafe(`SELECT "id" FROM "SearchDocument" WHERE "searchVector" @@ to_tsquery('simple', $1) LIMIT 10`, tsQueryExpression(words));
  else await db.$queryRawUnsafe(`SELECT "rowid" FROM "search_fts" WHERE "search_fts" MATCH ? LIMIT 10`, ftsExpression(words));
}

async function sizes() {
  const rows = await db.$queryRawUnsafe<{ name: string; bytes: number | bigint }[]>(
    onPostgres
      ? `SELECT c.relname::text AS name, pg_relation_size(c.oid) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`
      : `SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name`,
  );
  const sum = (match: (n: string) => boolean) => rows.filter((r) => match(r.name)).reduce((s, r) => s + Number(r.bytes), 0);
  return {
    fts: sum((n) => n.startsWith("search_fts") || n === "SearchDocument_searchVector_idx"),
    grams: sum((n) => n.startsWith("search_grams") || n === "SearchDocument_gramVector_idx"),
    documents: sum((n) => n === "SearchDocument" || n.startsWith("SearchDocument_")),
    articles: sum((n) => n === "Article"),
    total: sum(() => true),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => x.toFixed(1);

/** Fresh database, bulk articles, then the index; timed. */
async function build() {
  await removeDatabase();
  await migrateDatabase();
  await tuneSqlite();
  let t = performance.now();
  await seedBulkArticles({ articles: ARTICLES, seed: 31337, now: new Date("2026-11-29T00:00:00Z"), log: (l) => console.log(l) });
  console.log(`\n${ARTICLES} 篇文章，写入 ${((performance.now() - t) / 1000).toFixed(1)} 秒（${Math.round(ARTICLES / ((performance.now() - t) / 1000))} 篇/秒）`);
  t = performance.now();
  const { documents } = await rebuildSearchIndex((l) => console.log(l));
  console.log(`搜索索引：${documents} 条，建立用时 ${((performance.now() - t) / 1000).toFixed(1)} 秒`);
}

async function main() {
  // BENCH_REUSE=1 measures the queries again on the last run's database.
  if (process.env.BENCH_REUSE === "1" && (await db.searchDocument.count().catch(() => 0)) > 0) console.log("沿用上次的数据库");
  else await build();
  const size = await sizes();

  const full = await timeAll(({ q, section }) => findSearchResults({ q, section }));
  const wordsOnly = await timeAll(({ q, section }) => findSearchResults({ q, section, fragments: false }));
  const like = await timeAll(likeTitles);
  const bare = await timeAll(bareFts);

  console.log(`数据库：${onPostgres ? "PostgreSQL" : "SQLite"}`);
  console.log(`索引大小：${onPostgres ? "GIN 索引" : "FTS 表"} ${mb(size.fts)}（词）+ ${mb(size.grams)}（片段），SearchDocument（含索引）${mb(size.documents)}；对照 Article 表 ${mb(size.articles)}，整个数据库 ${mb(size.total)}`);
  console.log(`\n${QUERIES.length} 个查询 × ${REPEAT} 次（先各预热一次），单位 ms\n`);
  console.log("| 方式 | p50 | p95 | max | 与完整搜索 p95 之比 |");
  console.log("|---|---:|---:|---:|---:|");
  for (const [label, r] of [
    ["完整搜索（分词、片段、计数、bm25+时效排序、摘要高亮）", full],
    ["同上，不含片段搜索", wordsOnly],
    ["基线：标题 LIKE 扫描（计数+最新 10 条）", like],
    ["基线：裸 FTS 匹配（无排序、无计数）", bare],
  ] as const) {
    console.log(`| ${label} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${(r.p95 / full.p95).toFixed(2)} |`);
  }
  console.log(`\n目标 p95 ≤ 50 ms：${full.p95 <= 50 ? "达到" : "未达到"}`);
  console.log(`完整搜索最慢的查询（中位数）：${full.slowest.map((x) => `${x.label} ${ms(x.median)}`).join("，")}`);
  const counts = await Promise.all(QUERIES.map(async ({ q, section }) => `${q}${section ? `@${section}` : ""}=${(await findSearchResults({ q, section })).total}`));
  console.log(`命中数：${counts.join("，")}`);
}

runScript(main);
