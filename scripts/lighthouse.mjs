// `npm run lighthouse`: Lighthouse 12.2.3 (the last line that runs on Node 20)
// in Debian's Chromium, mobile preset, against the production build of
// `npm start`, calibrated to the machine it runs on:
// - Lighthouse's 4× CPU slowdown is tuned for an ordinary laptop; these
//   machines' CPUs differ by several times, so the slowdown is the machine's
//   benchmarkIndex ÷ 500 (≈ 8× on a fast one), measured first and printed —
//   LIGHTHOUSE_CPU=8 fixes it instead;
// - every page is compared with the near-empty /offline page measured in the
//   same run (the framework's own floor), in the normal layout and in 长辈模式,
//   the runs of all pages interleaved so that the machine's load falls on
//   each alike; the median of LIGHTHOUSE_RUNS (5) runs, and the spread.
// It ends with the four categories of the normal layout and what lost points.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { buildIsStale, nextBuild, setupDatabase, startNext } from "./lib/next-build.mjs";

const PORT = 3260;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The benchmarkIndex of the laptop Lighthouse's 4× is meant for, times two: the machine ÷ this is the slowdown. */
const INDEX_PER_SLOWDOWN = 500;
// 长辈模式 as a reader who chose 较大 has it: the saved size, read before first paint.
const ELDER_SCRIPT = `try{localStorage.setItem("qdn-reading-size","2")}catch(e){}`;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const base = `http://127.0.0.1:${PORT}`;

setupDatabase();
if (buildIsStale(process.env.NEXT_DIST_DIR || ".next")) nextBuild();
const server = await startNext({ port: PORT, quiet: true });
const profiles = mkdtempSync(path.join(tmpdir(), "qdn-lighthouse-"));

try {
  const home = await fetch(`${base}/`, { headers: { connection: "close" } }).then((r) => r.text());
  const articlePath = /href="(\/article\/\d+)"/.exec(home)?.[1] ?? "/news";
  const pages = [
    { label: "离线页 /offline（底线）", path: "/offline" },
    { label: "首页 /", path: "/" },
    { label: `文章 ${articlePath}`, path: articlePath },
  ];
  // Warm every page into the cache, as readers get them.
  for (const page of pages) await fetch(base + page.path, { headers: { connection: "close" } });

  const probe = await runLighthouse(`${base}/offline`, { slowdown: 1, elder: false });
  const index = probe.environment.benchmarkIndex;
  const slowdown = process.env.LIGHTHOUSE_CPU ? Number(process.env.LIGHTHOUSE_CPU) : Math.max(1, Math.round((2 * index) / INDEX_PER_SLOWDOWN) / 2);
  console.log(`\n本机 benchmarkIndex ${Math.round(index)}；CPU 减速 ${slowdown}×（${process.env.LIGHTHOUSE_CPU ? "LIGHTHOUSE_CPU 指定" : `benchmarkIndex ÷ ${INDEX_PER_SLOWDOWN}`}），移动预设的网络限速；每页 ${RUNS} 次，各页交替进行。`);

  const modes = [
    { label: "标准", elder: false },
    { label: "长辈模式", elder: true },
  ];
  const results = new Map(); // "mode|path" → reports
  for (let run = 0; run < RUNS; run++) {
    for (const mode of modes) {
      for (const page of pages) {
        const key = `${mode.label}|${page.path}`;
        const report = await runLighthouse(base + page.path, { slowdown, elder: mode.elder });
        results.set(key, [...(results.get(key) ?? []), report]);
      }
    }
  }

  console.log("\n| 页面 | 模式 | 性能（范围） | TBT ms（范围） | LCP 秒 | 比底线：分 | 比底线：TBT ms |");
  console.log("|---|---|---:|---:|---:|---:|---:|");
  for (const mode of modes) {
    const floor = summarise(results.get(`${mode.label}|/offline`));
    for (const page of pages) {
      const s = summarise(results.get(`${mode.label}|${page.path}`));
      const vsFloor = page.path === "/offline" ? ["—", "—"] : [signed(s.score - floor.score), signed(Math.round(s.tbt - floor.tbt))];
      console.log(
        `| ${page.label} | ${mode.label} | ${s.score}（${s.scoreMin}–${s.scoreMax}） | ${Math.round(s.tbt)}（${Math.round(s.tbtMin)}–${Math.round(s.tbtMax)}） | ${(s.lcp / 1000).toFixed(1)} | ${vsFloor[0]} | ${vsFloor[1]} |`,
      );
    }
  }

  console.log(`\n标准模式的四项（${RUNS} 次中按性能取中位的一次）：\n\n| 页面 | 性能 | 无障碍 | 最佳实践 | SEO |\n|---|---:|---:|---:|---:|`);
  const lostPoints = [];
  // The floor page is kept out of search engines on purpose: its SEO says nothing.
  for (const page of pages.slice(1)) {
    const { categories, audits } = medianReport(results.get(`标准|${page.path}`));
    const score = (k) => Math.round((categories[k]?.score ?? 0) * 100);
    console.log(`| ${page.label} | ${CATEGORIES.map(score).join(" | ")} |`);
    lostPoints.push(...lostAudits(page.label, categories, audits));
  }
  // What cost points, so that a score below 100 says what to fix.
  if (lostPoints.length > 0) console.log(`\n失分项：\n${lostPoints.join("\n")}`);
} finally {
  server.kill();
  rmSync(profiles, { recursive: true, force: true });
}

/** One Lighthouse run in a fresh Chromium profile (nothing cached, no service worker): its report. */
async function runLighthouse(url, { slowdown, elder }) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    userDataDir: mkdtempSync(path.join(profiles, "p-")),
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    // Before any of the page's own scripts, on every document Lighthouse loads (its storage reset included).
    if (elder) await page.evaluateOnNewDocument(ELDER_SCRIPT);
    const result = await lighthouse(url, { output: "json", logLevel: "error", onlyCategories: CATEGORIES, throttling: { cpuSlowdownMultiplier: slowdown } }, undefined, page);
    if (!result) throw new Error(`Lighthouse 没有结果：${url}`);
    return result.lhr;
  } finally {
    await browser.close();
  }
}

function summarise(reports) {
  const scores = reports.map((r) => Math.round(r.categories.performance.score * 100)).sort((a, b) => a - b);
  const tbts = reports.map((r) => r.audits["total-blocking-time"].numericValue).sort((a, b) => a - b);
  const lcps = reports.map((r) => r.audits["largest-contentful-paint"].numericValue).sort((a, b) => a - b);
  const mid = (list) => list[Math.floor(list.length / 2)];
  return { score: mid(scores), scoreMin: scores[0], scoreMax: scores.at(-1), tbt: mid(tbts), tbtMin: tbts[0], tbtMax: tbts.at(-1), lcp: mid(lcps) };
}

function medianReport(reports) {
  const sorted = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return sorted[Math.floor(sorted.length / 2)];
}

function signed(n) {
  return n > 0 ? `+${n}` : String(n);
}

/** The weighted audits of a report that did not pass, with their figures. */
function lostAudits(label, categories, audits) {
  const lines = [];
  for (const category of Object.values(categories)) {
    for (const { id, weight } of category.auditRefs) {
      const audit = audits[id];
      if (weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      lines.push(`- ${label} · ${category.title} · ${audit.title}${audit.displayValue ? `（${audit.displayValue}）` : ""}`);
    }
  }
  return lines;
}
