// `npm run bench:cluster`: the cluster's figures, printed (README, Scaling).
// Starts what `npm run cluster` starts (same build, database and Redis;
// the edge on PORT, instances A and B on PORT+1 and PORT+2), then:
//   1. publish → visible: PUBLISH_COUNT (20) publishes through the newsroom
//      on instance A in Chromium; time from the action's response until the
//      homepage, 全州's list and the article show the title, read directly
//      from instance B and through the edge;
//   2. throughput of a cached article page: through the edge, the same edge
//      configuration serving the same bytes from a static file server, and
//      instance A alone (autocannon, BENCH_CONNECTIONS × BENCH_SECONDS);
//   3. faults under load through the edge: instance A killed and restarted,
//      then every instance down (cached pages from grace).
// Needs what `npm run cluster` needs; creates an editor and 20 articles in
// the cluster's database.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { clusterEnv, missingForCluster, startEdge, startInstance } from "./lib/cluster.mjs";
import { buildIsStale, nextBuild, root, runTs, setupDatabase } from "./lib/next-build.mjs";

const missing = await missingForCluster(process.env);
if (missing.length > 0) {
  console.error(["npm run bench:cluster 还缺：", ...missing.map((m) => `  - ${m}`)].join("\n"));
  process.exit(1);
}
const edgePort = Number(process.env.PORT || 3000);
const [portA, portB, staticPort, staticEdgePort] = [edgePort + 1, edgePort + 2, edgePort + 3, edgePort + 4];
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const env = clusterEnv(process.env, edgePort);
const infoFile = path.join(root, ".cluster", "bench-info.json");

setupDatabase(env);
if (buildIsStale(env.NEXT_DIST_DIR, env)) nextBuild(env);
runTs("scripts/bench-cluster-prepare.ts", { ...env, INFO_FILE: infoFile });
const info = JSON.parse(readFileSync(infoFile, "utf8"));

const edgeUrl = `http://127.0.0.1:${edgePort}`;
const aUrl = `http://127.0.0.1:${portA}`;
const bUrl = `http://127.0.0.1:${portB}`;
const children = new Set();
const track = (child) => (children.add(child), child.on("exit", () => children.delete(child)), child);
const stopAll = () => children.forEach((c) => c.kill("SIGKILL"));
process.on("exit", stopAll);

let instanceA = track(await startInstance(portA, env));
track(await startInstance(portB, env));
const edge = track(await startEdge({ port: edgePort, backends: [portA, portB].map((port) => ({ host: "127.0.0.1", port })), workDir: path.join(root, ".cluster", "bench-edge") }));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `中位数 ${at(0.5).toFixed(0)} ms，p95 ${at(0.95).toFixed(0)} ms，最大 ${s[s.length - 1].toFixed(0)} ms`;
};

try {
  // ---- 1. publish → visible ----
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const viaB = [];
  const viaEdge = [];
  let seenB = 0;
  let seenEdge = 0;
  try {
    const page = await browser.newPage({ baseURL: aUrl });
    await page.goto("/newsroom/sign-in");
    await page.getByLabel("用户名").fill(info.username);
    await page.getByLabel("密码").fill(info.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/newsroom$/);
    for (const base of [bUrl, edgeUrl, bUrl, edgeUrl]) for (const p of ["/", "/news/quanzhou", "/news/hangye"]) await fetch(base + p);
    for (const article of info.articles) {
      await page.goto(`/newsroom/articles/${article.id}`);
      const actionDone = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(`/newsroom/articles/${article.id}`));
      await page.getByRole("region", { name: "审核与发布" }).getByRole("button", { name: "发布" }).click();
      await actionDone;
      const returned = performance.now();
      const untilSeen = async (base) => {
        const times = await Promise.all(
          ["/", "/news/quanzhou", `/article/${article.id}`].map(async (p) => {
            while (performance.now() - returned < 10_000) {
              const html = await (await fetch(base + p)).text();
              if (html.includes(article.title)) return performance.now() - returned;
              await new Promise((r) => setTimeout(r, 20));
            }
            return null;
          }),
        );
        return times.includes(null) ? null : Math.max(...times);
      };
      const [b, e] = await Promise.all([untilSeen(bUrl), untilSeen(edgeUrl)]);
      if (b !== null) {
        seenB += 1;
        viaB.push(b);
      }
      if (e !== null) {
        seenEdge += 1;
        viaEdge.push(e);
      }
      process.stdout.write(".");
    }
  } finally {
    await browser.close();
  }
  console.log(`\n1. 发布 → 可见（在实例 A 发布 ${info.articles.length} 篇；首页、全州列表与文章页都含新标题为止）`);
  console.log(`   直接读实例 B：${seenB}/${info.articles.length} 可见，${viaB.length ? stats(viaB) : "—"}`);
  console.log(`   经边缘缓存：  ${seenEdge}/${info.articles.length} 可见，${viaEdge.length ? stats(viaEdge) : "—"}`);

  // An unrelated section's page stays in the edge across all those publishes.
  const unrelated = await fetch(`${edgeUrl}/news/hangye`);
  console.log(`   其间未受影响的栏目页 /news/hangye 经边缘：${unrelated.headers.get("x-edge")}（age ${unrelated.headers.get("age")} 秒）`);

  // ---- 2. throughput ----
  const articlePath = `/article/${info.published[5]}`;
  const gz = { "accept-encoding": "gzip" };
  const body = Buffer.from(await (await fetch(aUrl + articlePath)).arrayBuffer());
  const bodyGz = zlib.gzipSync(body);
  const staticServer = http.createServer((req, res) => {
    const wantsGzip = /gzip/.test(req.headers["accept-encoding"] ?? "");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=300", ...(wantsGzip ? { "content-encoding": "gzip" } : {}) });
    res.end(wantsGzip ? bodyGz : body);
  });
  await new Promise((r) => staticServer.listen(staticPort, "127.0.0.1", r));
  const staticEdge = track(await startEdge({ port: staticEdgePort, backends: [{ host: "127.0.0.1", port: staticPort }], workDir: path.join(root, ".cluster", "bench-static-edge") }));
  const load = (url, extra = {}) => autocannon({ url, connections, duration: seconds, headers: gz, ...extra });
  for (const u of [edgeUrl + articlePath, `http://127.0.0.1:${staticEdgePort}/static.html`]) await fetch(u, { headers: gz });
  const viaEdgeRun = await load(edgeUrl + articlePath);
  const staticRun = await load(`http://127.0.0.1:${staticEdgePort}/static.html`);
  const aloneRun = await load(aUrl + articlePath);
  const row = (name, r) => `   ${name}：${Math.round(r.requests.average)} 请求/秒，p99 ${r.latency.p99} ms，错误 ${r.errors + r.non2xx}`;
  console.log(`\n2. 吞吐（${articlePath}，HTML ${body.length} 字节，gzip ${bodyGz.length} 字节，${connections} 连接 × ${seconds} 秒）`);
  console.log(row("经边缘缓存（命中）", viaEdgeRun));
  console.log(row("同一边缘配置下的静态文件", staticRun));
  console.log(row("单个 next start 实例", aloneRun));
  console.log(`   边缘/静态文件 ${(viaEdgeRun.requests.average / staticRun.requests.average).toFixed(2)}；边缘/单实例 ${(viaEdgeRun.requests.average / aloneRun.requests.average).toFixed(1)} 倍`);
  staticEdge.kill("SIGKILL");
  staticServer.close();

  // ---- 3. faults ----
  // A mix the edge must keep fetching: 100 articles and the lists, with the
  // edge purged of `articles` and `home` every 2 s (as publishes do).
  const paths = ["/", "/news", "/news/quanzhou", "/news/xianshi", ...info.published.map((id) => `/article/${id}`)];
  const purger = setInterval(() => {
    fetch(edgeUrl, { method: "PURGE", headers: { "xkey-purge": "articles home" } }).catch(() => {});
  }, 2000);
  const killRun = autocannon({ url: edgeUrl, connections: 20, duration: 30, headers: gz, requests: paths.map((p) => ({ method: "GET", path: p })) });
  await new Promise((r) => setTimeout(r, 5000));
  instanceA.kill("SIGKILL");
  const killedAt = performance.now();
  await new Promise((r) => setTimeout(r, 10_000));
  instanceA = track(await startInstance(portA, env));
  const restartedAfter = performance.now() - killedAt;
  const killed = await killRun;
  clearInterval(purger);
  console.log(`\n3. 故障（经边缘缓存，20 连接 × 30 秒，100 篇文章与各列表，每 2 秒按 articles/home 清除一次）`);
  console.log(`   实例 A 在第 5 秒被杀（SIGKILL），${(restartedAfter / 1000).toFixed(0)} 秒后重启就绪：${killed.requests.total} 个请求，失败 ${killed.errors + killed.non2xx}（5xx ${killed["5xx"]}），p99 ${killed.latency.p99} ms`);

  // Every instance down: the edge serves what it holds (grace).
  for (const p of paths) await fetch(edgeUrl + p, { headers: gz });
  for (const child of [...children]) if (child !== edge) child.kill("SIGKILL");
  await new Promise((r) => setTimeout(r, 5000)); // the probes notice
  let ok = 0;
  let total = 0;
  const until = performance.now() + 30_000;
  while (performance.now() < until) {
    for (const p of paths.slice(0, 20)) {
      total += 1;
      const res = await fetch(edgeUrl + p, { headers: gz });
      await res.arrayBuffer();
      if (res.status === 200) ok += 1;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`   所有实例停机 30 秒：经边缘缓存 ${ok}/${total} 个请求仍得到 200（宽限期内的缓存页）`);
} finally {
  stopAll();
}
process.exit(0);
