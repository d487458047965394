// `npm run measure`: what a reader's phone downloads on a cold visit, as
// Chromium counts it (bytes on the wire, after gzip):
//  - the article page's first-load JavaScript, beside the not-found page's
//    (Next's and React's own floor), and the difference;
//  - cold visits to the homepage and to an article with a cover picture,
//    each without and with 省流量 (the saved choice 开, as the switch leaves
//    it), by kind. JavaScript is counted separately from HTML+CSS: it is the
//    same ~140 KB on every page and cached after the first visit (and by the
//    service worker), while HTML, CSS and pictures are what 省流量 is about;
//    its goal is an article's HTML+CSS at most 60 KB with no pictures.
// Uses the production build and database of `npm start`.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { buildIsStale, nextBuild, setupDatabase, startNext } from "./lib/next-build.mjs";

// MEASURE_PORT: another port when 3250 is taken.
const PORT = Number(process.env.MEASURE_PORT ?? 3250);
const base = `http://127.0.0.1:${PORT}`;
setupDatabase();
if (buildIsStale(process.env.NEXT_DIST_DIR || ".next")) nextBuild();
const server = await startNext({ port: PORT, quiet: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** Loads a page in a fresh (cold) context at a phone size; bytes per resource type. */
async function coldVisit(path, { dataSaver = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true });
  if (dataSaver) await context.addInitScript(() => localStorage.setItem("qdn-data-saver", "on"));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map();
  const totals = {};
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const type = types.get(e.requestId) ?? "Other";
    totals[type] = (totals[type] ?? 0) + e.encodedDataLength;
  });
  await page.goto(base + path, { waitUntil: "load" });
  await page.waitForTimeout(1500); // lazy pictures near the fold, late chunks
  await context.close();
  return totals;
}

/** First-load JS: the scripts the page's HTML names, gzipped as they travel. */
async function firstLoadJs(path) {
  const html = await fetch(base + path).then((r) => r.text());
  // noModule polyfills are skipped: browsers that run modules never fetch them.
  const tags = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1] + m[3]));
  const srcs = [...new Set(tags.map((m) => m[2]))];
  let total = 0;
  for (const src of srcs) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return total;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
try {
  const home = await fetch(`${base}/`).then((r) => r.text());
  const articlePath = /href="(\/article\/\d+)"/.exec(home)?.[1];
  const articleJs = await firstLoadJs(articlePath);
  const floorJs = await firstLoadJs("/no-such-page");
  const strip = home.slice(home.indexOf("图片新闻"));
  const coverArticle = /href="(\/article\/\d+)"/.exec(strip)?.[1] ?? articlePath;
  console.log(`\n首屏 JS（HTML 引用的脚本，gzip 后）`);
  console.log(`文章页 ${articlePath}：${kb(articleJs)}；404 页（Next 与 React 的底线）：${kb(floorJs)}；多出 ${kb(articleJs - floorJs)}（预算 15 KB）`);
  console.log(`\n冷启动传输（Chromium 统计的网络字节，手机视口 360×780 @2x；JS 单独计：每页相同且首访后已缓存）`);
  for (const [label, path] of [["首页", "/"], [`文章页 ${coverArticle}（有题图）`, coverArticle]]) {
    for (const dataSaver of [false, true]) {
      const totals = await coldVisit(path, { dataSaver });
      const sum = (...kinds) => kinds.reduce((a, k) => a + (totals[k] ?? 0), 0);
      const all = Object.values(totals).reduce((a, b) => a + b, 0);
      const htmlCss = sum("Document", "Stylesheet");
      const goal = dataSaver && path !== "/" ? `（目标 ≤ 60 KB：${htmlCss <= 60 * 1024 ? "达到" : "未达到"}）` : "";
      console.log(
        `${label}，省流量${dataSaver ? "开" : "关"}：HTML+CSS ${kb(htmlCss)}${goal}；图片 ${kb(sum("Image"))}；JS ${kb(sum("Script"))}；合计 ${kb(all)}` +
          `（${Object.entries(totals).map(([k, v]) => `${k} ${kb(v)}`).join("，")}）`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}
