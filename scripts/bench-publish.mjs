// `npm run bench:publish`: how long after the publish action returns the
// homepage's HTML contains the new title, over PUBLISH_COUNT publishes
// (default 20), through the real newsroom page in Chromium against a
// production build with its own database.
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { isolatedEnv, nextBuild, runTs, startNext } from "./lib/next-build.mjs";

const port = 3300;
const env = isolatedEnv("bench", port);
runTs("scripts/bench-prepare.ts", env);
nextBuild(env);
const server = await startNext({ port, env, quiet: true });
const base = `http://127.0.0.1:${port}`;
const info = JSON.parse(readFileSync(env.INFO_FILE, "utf8"));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ baseURL: base });
  await page.goto("/newsroom/sign-in");
  await page.getByLabel("用户名").fill(info.username);
  await page.getByLabel("密码").fill(info.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/newsroom$/);
  console.log("已登录编辑部，开始发布");
  await fetch(`${base}/`); // the homepage is in the cache before the first publish

  const delays = [];
  for (const article of info.articles) {
    await page.goto(`/newsroom/articles/${article.id}`);
    const panel = page.getByRole("region", { name: "审核与发布" });
    // The server action is a POST to the page's own URL. Its response headers
    // carry whether the action revalidated (x-action-revalidated), so they are
    // only sent once the action has returned: that is the moment measured from.
    const actionDone = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(`/newsroom/articles/${article.id}`));
    await panel.getByRole("button", { name: "发布" }).click();
    await actionDone;
    const returned = performance.now();
    let polls = 0;
    for (;;) {
      polls += 1;
      const html = await (await fetch(`${base}/`)).text();
      if (html.includes(article.title)) break;
      if (performance.now() - returned > 30_000) throw new Error(`30 秒内首页没有出现 ${article.title}`);
    }
    delays.push({ ms: performance.now() - returned, polls });
    process.stdout.write(`${delays.length} `);
  }
  const sorted = delays.map((d) => d.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`\n发布 → 首页可见（${sorted.length} 次发布，从发布操作返回到首页 HTML 含新标题）`);
  console.log(`中位数 ${median.toFixed(0)} ms，最大 ${sorted[sorted.length - 1].toFixed(0)} ms，最小 ${sorted[0].toFixed(0)} ms`);
  console.log(`首个请求即可见的次数：${delays.filter((d) => d.polls === 1).length}/${delays.length}`);
} finally {
  await browser.close();
  server.kill();
}
