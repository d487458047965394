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
//   3. a spike: SPIKE_CONNECTIONS (200) for SPIKE_SECONDS (60) on the
//      homepage, sections and 100 articles through the edge while the editor
//      publishes every 5 s: errors, latency, the edge's hit ratio;
//   4. faults under load through the edge: instance A killed and restarted;
//      Redis, then PostgreSQL, cut off from the instances for 15 s (each
//      reached through a TCP relay this script can cut); every instance down
//      (cached pages from grace).
// Needs what `npm run cluster` needs; creates an editor and 32 articles in
// the cluster's database.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { createClient } from "redis";
import { clusterEnv, missingForCluster, startEdge, startInstance } from "./lib/cluster.mjs";
import { buildIsStale, nextBuild, root, runTs, setupDatabase } from "./lib/next-build.mjs";
import { relayedUrl } from "./lib/tcp-relay.mjs";

const missing = await missingForCluster(process.env);
if (missing.length > 0) {
  console.error(["npm run bench:cluster 还缺：", ...missing.map((m) => `  - ${m}`)].join("\n"));
  process.exit(1);
}
const edgePort = Number(process.env.PORT || 3000);
const [portA, portB, staticPort, staticEdgePort] = [edgePort + 1, edgePort + 2, edgePort + 3, edgePort + 4];
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const spikeConnections = Number(process.env.SPIKE_CONNECTIONS || 200);
const spikeSeconds = Number(process.env.SPIKE_SECONDS || 60);
const PUBLISH_EVERY_MS = 5000;
// How often publish → visible asks each page: six pages asked every 20 ms
// are about 300 requests a second, which on two cores slows the renders
// being waited for (POLL_MS=100 measures with a fifth of that load).
const POLL_MS = Number(process.env.POLL_MS || 20);
// BENCH_PUBLISH_ONLY=1: phase 1 only (with a different POLL_MS, say).
const publishOnly = process.env.BENCH_PUBLISH_ONLY === "1";
const env = clusterEnv(process.env, edgePort);
const infoFile = path.join(root, ".cluster", "bench-info.json");

setupDatabase(env);
if (buildIsStale(env.NEXT_DIST_DIR, env)) nextBuild(env);
runTs("scripts/bench-cluster-prepare.ts", { ...env, INFO_FILE: infoFile, SPIKE_PUBLISH_COUNT: String(Math.ceil((spikeSeconds * 1000) / PUBLISH_EVERY_MS)) });
const info = JSON.parse(readFileSync(infoFile, "utf8"));

const edgeUrl = `http://127.0.0.1:${edgePort}`;
const aUrl = `http://127.0.0.1:${portA}`;
const bUrl = `http://127.0.0.1:${portB}`;
const children = new Set();
const track = (child) => (children.add(child), child.on("exit", () => children.delete(child)), child);
const stopAll = () => children.forEach((c) => c.kill("SIGKILL"));
process.on("exit", stopAll);

// The instances reach Redis and PostgreSQL through relays, so that phase 4
// can take each away from them (as an outage or a partition would) and back.
const redis = await relayedUrl(env.REDIS_URL, 6379);
const postgres = await relayedUrl(env.DATABASE_URL, 5432);
const instanceEnv = { ...env, REDIS_URL: redis.url, DATABASE_URL: postgres.url };

let instanceA = track(await startInstance(portA, instanceEnv));
track(await startInstance(portB, instanceEnv));
const edgeDir = path.join(root, ".cluster", "bench-edge");
const edge = track(await startEdge({ port: edgePort, backends: [portA, portB].map((port) => ({ host: "127.0.0.1", port })), workDir: edgeDir }));

/** The edge's hit and miss counters (varnishstat), to work out a hit ratio between two readings. */
const edgeCounters = () => {
  const out = spawnSync("varnishstat", ["-n", path.join(edgeDir, "varnishd"), "-1", "-f", "MAIN.cache_hit", "-f", "MAIN.cache_miss"], { encoding: "utf8" }).stdout;
  const value = (name) => Number(new RegExp(`^${name}\\s+(\\d+)`, "m").exec(out)?.[1] ?? NaN);
  return { hit: value("MAIN.cache_hit"), miss: value("MAIN.cache_miss") };
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `中位数 ${at(0.5).toFixed(0)} ms，p95 ${at(0.95).toFixed(0)} ms，最大 ${s[s.length - 1].toFixed(0)} ms`;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ baseURL: aUrl });

/** Publishes a submitted article in the newsroom on instance A; resolves when the action has answered, with how long it took. */
async function publish(article) {
  await page.goto(`/newsroom/articles/${article.id}`);
  const actionDone = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(`/newsroom/articles/${article.id}`));
  const clicked = performance.now();
  await page.getByRole("region", { name: "审核与发布" }).getByRole("button", { name: "发布" }).click();
  await actionDone;
  return performance.now() - clicked;
}

/** Milliseconds from `since` until every path on `base` shows the title (null: not within 10 s). */
async function untilSeen(base, paths, title, since) {
  const times = await Promise.all(
    paths.map(async (p) => {
      while (performance.now() - since < 10_000) {
        const html = await (await fetch(base + p)).text();
        if (html.includes(title)) return performance.now() - since;
        await sleep(POLL_MS);
      }
      return null;
    }),
  );
  return times.includes(null) ? null : Math.max(...times);
}

try {
  // A block the publish-only run leaves after phase 1.
  phases: {
  // ---- 1. publish → visible ----
  const viaB = [];
  const viaEdge = [];
  let seenB = 0;
  let seenEdge = 0;
  {
    await page.goto("/newsroom/sign-in");
    await page.getByLabel("用户名").fill(info.username);
    await page.getByLabel("密码").fill(info.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/newsroom$/);
    for (const base of [bUrl, edgeUrl, bUrl, edgeUrl]) for (const p of ["/", "/news/quanzhou", "/news/hangye"]) await fetch(base + p);
    for (const article of info.articles) {
      await publish(article);
      const returned = performance.now();
      const paths = ["/", "/news/quanzhou", `/article/${article.id}`];
      const [b, e] = await Promise.all([untilSeen(bUrl, paths, article.title, returned), untilSeen(edgeUrl, paths, article.title, returned)]);
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
  }
  console.log(`\n1. 发布 → 可见（在实例 A 发布 ${info.articles.length} 篇；首页、全州列表与文章页都含新标题为止，每页每 ${POLL_MS} ms 问一次）`);
  console.log(`   直接读实例 B：${seenB}/${info.articles.length} 可见，${viaB.length ? stats(viaB) : "—"}`);
  console.log(`   经边缘缓存：  ${seenEdge}/${info.articles.length} 可见，${viaEdge.length ? stats(viaEdge) : "—"}`);

  // An unrelated section's page stays in the edge across all those publishes.
  const unrelated = await fetch(`${edgeUrl}/news/hangye`);
  console.log(`   其间未受影响的栏目页 /news/hangye 经边缘：${unrelated.headers.get("x-edge")}（age ${unrelated.headers.get("age")} 秒）`);
  if (publishOnly) break phases;

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

  // ---- 3. a spike, with an editor publishing every 5 s ----
  const paths = ["/", "/news", "/news/quanzhou", "/news/xianshi", "/news/hangye", ...info.published.map((id) => `/article/${id}`)];
  const mix = paths.map((p) => ({ method: "GET", path: p }));
  for (const p of paths) await fetch(edgeUrl + p, { headers: gz });
  const countersBefore = edgeCounters();
  const spikeStarted = performance.now();
  const spikeRun = autocannon({ url: edgeUrl, connections: spikeConnections, duration: spikeSeconds, headers: gz, requests: mix });
  const actionTimes = [];
  const seenTimes = [];
  for (const [i, article] of info.spikeArticles.entries()) {
    const slot = spikeStarted + i * PUBLISH_EVERY_MS;
    if (slot - spikeStarted >= spikeSeconds * 1000 - PUBLISH_EVERY_MS) break;
    await sleep(Math.max(0, slot - performance.now()));
    actionTimes.push(await publish(article));
    const seen = await untilSeen(edgeUrl, ["/"], article.title, performance.now());
    if (seen !== null) seenTimes.push(seen);
  }
  const spike = await spikeRun;
  const countersAfter = edgeCounters();
  const hits = countersAfter.hit - countersBefore.hit;
  const misses = countersAfter.miss - countersBefore.miss;
  console.log(`\n3. 突发流量（经边缘缓存，${spikeConnections} 连接 × ${spikeSeconds} 秒，首页、各栏目与 100 篇文章；其间编辑每 5 秒在实例 A 发布一篇）`);
  console.log(`   ${spike.requests.total} 个请求，${Math.round(spike.requests.average)} 请求/秒，错误 ${spike.errors + spike.non2xx}（超时 ${spike.timeouts}），延迟中位数 ${spike.latency.p50} ms，p99 ${spike.latency.p99} ms，最大 ${spike.latency.max} ms`);
  console.log(`   边缘命中率 ${((100 * hits) / (hits + misses)).toFixed(2)}%（命中 ${hits}，未命中 ${misses}）`);
  console.log(`   发布 ${actionTimes.length} 篇：编辑得到答复 ${stats(actionTimes)}；经边缘的首页出现新标题 ${seenTimes.length}/${actionTimes.length}，${seenTimes.length ? stats(seenTimes) : "—"}`);

  // ---- 4. faults ----
  // Each under the same load: 20 connections × 30 s on that mix through the
  // edge, purged of `articles` and `home` every 2 s (as publishes do), so the
  // edge keeps fetching from the instances; the fault starts at 5 s.
  const underLoad = async (fault) => {
    const purger = setInterval(() => {
      fetch(edgeUrl, { method: "PURGE", headers: { "xkey-purge": "articles home" } }).catch(() => {});
    }, 2000);
    const run = autocannon({ url: edgeUrl, connections: 20, duration: 30, headers: gz, requests: mix });
    await sleep(5000);
    const detail = await fault();
    const result = await run;
    clearInterval(purger);
    return `${result.requests.total} 个请求，失败 ${result.errors + result.non2xx}（5xx ${result["5xx"]}），p99 ${result.latency.p99} ms${detail ? `；${detail}` : ""}`;
  };
  console.log(`\n4. 故障（经边缘缓存，20 连接 × 30 秒，同一组页面，每 2 秒按 articles/home 清除一次，故障从第 5 秒开始）`);

  const killed = await underLoad(async () => {
    instanceA.kill("SIGKILL");
    const killedAt = performance.now();
    await sleep(10_000);
    instanceA = track(await startInstance(portA, instanceEnv));
    return `实例 A 在 ${((performance.now() - killedAt) / 1000).toFixed(0)} 秒后重启就绪`;
  });
  console.log(`   实例 A 被杀（SIGKILL）后重启：${killed}`);

  // Redis away: the instances render from the database, and use Redis again once it is back, without a restart.
  const redisAdmin = await createClient({ url: env.REDIS_URL }).connect();
  const redisCommandsPerSecond = async () => {
    const count = async () => Number(/total_commands_processed:(\d+)/.exec(await redisAdmin.info("stats"))[1]);
    const first = await count();
    await sleep(2000);
    return Math.round(((await count()) - first - 1) / 2);
  };
  const redisCut = await underLoad(async () => {
    const before = await redisCommandsPerSecond();
    await redis.relay.cut();
    await sleep(13_000);
    const during = await redisCommandsPerSecond();
    await redis.relay.open();
    await sleep(3000);
    const after = await redisCommandsPerSecond();
    return `实例发往 Redis 的命令 ${before}/秒 → 断开期间 ${during}/秒 → 恢复 3 秒后 ${after}/秒（未重启）`;
  });
  await redisAdmin.quit();
  console.log(`   Redis 断开 15 秒：${redisCut}`);

  // PostgreSQL away: pages come from the shared cache; search, which reads the database, answers 503 and then recovers.
  const searchPath = `/search?q=${encodeURIComponent("凯里")}`;
  const pgCut = await underLoad(async () => {
    await postgres.relay.cut();
    await sleep(5000);
    const during = (await fetch(bUrl + searchPath)).status;
    await sleep(10_000);
    await postgres.relay.open();
    const openedAt = performance.now();
    while ((await fetch(bUrl + searchPath)).status !== 200 && performance.now() - openedAt < 30_000) await sleep(100);
    return `其间实例 B 的搜索答 ${during}，数据库回来 ${Math.round(performance.now() - openedAt)} ms 后搜索又答 200（未重启）`;
  });
  console.log(`   PostgreSQL 断开 15 秒：${pgCut}`);

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
  }
} finally {
  await browser.close();
  stopAll();
}
process.exit(0);
