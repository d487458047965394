// `npm run lighthouse`: Lighthouse 12.2.3 (the last line that runs on Node 20)
// in Debian's Chromium, mobile preset, against the production build of
// `npm start`: Performance, Accessibility, Best Practices and SEO for the
// homepage and an article page.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIsStale, nextBuild, root, setupDatabase, startNext } from "./lib/next-build.mjs";

const PORT = 3260;
// Performance moves by ten points from run to run on a shared two-core
// machine: several runs, and the median, as Lighthouse's own docs advise.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const base = `http://127.0.0.1:${PORT}`;
setupDatabase();
if (buildIsStale(process.env.NEXT_DIST_DIR || ".next")) nextBuild();
const server = await startNext({ port: PORT, quiet: true });
const out = mkdtempSync(path.join(tmpdir(), "qdn-lighthouse-"));
const flags = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
].join(" ");

try {
  const home = await fetch(`${base}/`, { headers: { connection: "close" } }).then((r) => r.text());
  const articlePath = /href="(\/article\/\d+)"/.exec(home)?.[1] ?? "/news";
  console.log(`\n${RUNS} runs a page; the median run by performance is shown, with the range of performance in brackets.`);
  console.log("\n| 页面 | 性能 | 无障碍 | 最佳实践 | SEO |\n|---|---:|---:|---:|---:|");
  const lostPoints = [];
  for (const [label, pagePath] of [["首页 /", "/"], [`文章 ${articlePath}`, articlePath]]) {
    // Warm the page into the cache, as readers get it (a fresh connection: the
    // server may have closed the kept-alive one while Lighthouse ran).
    await fetch(base + pagePath, { headers: { connection: "close" } });
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(runLighthouse(base + pagePath));
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const { categories, audits } = runs[Math.floor(runs.length / 2)];
    const score = (k) => Math.round((categories[k]?.score ?? 0) * 100);
    const performance = runs.map((r) => Math.round(r.categories.performance.score * 100));
    const range = runs.length > 1 ? `（${performance[0]}–${performance.at(-1)}）` : "";
    console.log(`| ${label} | ${score("performance")}${range} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`);
    lostPoints.push(...lostAudits(label, categories, audits));
  }
  // What cost points, so that a score below 100 says what to fix.
  if (lostPoints.length > 0) console.log(`\n失分项：\n${lostPoints.join("\n")}`);
} finally {
  server.kill();
  rmSync(out, { recursive: true, force: true });
}

/** One Lighthouse run in a fresh Chromium profile: its report. */
function runLighthouse(url) {
  const report = path.join(out, "report.json");
  const run = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "lighthouse", "cli", "index.js"), url, "--quiet", "--output=json", `--output-path=${report}`,
      "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`Lighthouse 失败：${run.stderr.slice(-500)}`);
  return JSON.parse(readFileSync(report, "utf8"));
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
