// `npm run measure`: what a reader's phone downloads on a cold visit, as
// Chromium counts it (bytes on the wire, after gzip):
//  - the article page's first-load JavaScript, beside the not-found page's
//    (Next's and React's own floor), and the difference;
//  - the homepage's total transfer, by kind.
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
async function coldVisit(path) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true });
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
  const homepage = await coldVisit("/");
  console.log(`\n首屏 JS（HTML 引用的脚本，gzip 后）`);
  console.log(`文章页 ${articlePath}：${kb(articleJs)}；404 页（Next 与 React 的底线）：${kb(floorJs)}；多出 ${kb(articleJs - floorJs)}（预算 15 KB）`);
  console.log(`\n首页冷启动传输（Chromium 统计的网络字节，手机视口，含预取）`);
  const total = Object.values(homepage).reduce((a, b) => a + b, 0);
  console.log(`首页总传输：${kb(total)}（${Object.entries(homepage).map(([k, v]) => `${k} ${kb(v)}`).join("，")}）`);
} finally {
  await browser.close();
  server.kill();
}
