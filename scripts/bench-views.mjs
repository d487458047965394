// `npm run bench:views`: the view counter under load, on databases of its
// own (.bench-views/, .bench-views-stats/), with `npm start`'s build (.next):
//  1. one instance: beacons/s and p99 alone; the cached article page alone;
//     then every page view followed by its beacon, and the pages' drop;
//  2. two instances sharing the database and Redis: N beacons from M readers
//     sent to both give exactly the expected views and uniques after a flush;
//  3. an instance stopped (SIGTERM, then SIGKILL) right after taking beacons:
//     how many views were lost;
//  4. /newsroom/stats p50/p95 over HTTP, signed in as a chief editor, with
//     BENCH_ARTICLES (default 100,000) articles and 90 days of hourly rows.
//   BENCH_SECONDS=10  BENCH_CONNECTIONS=50  BENCH_ARTICLES=100000  BENCH_REUSE=1 (keep the big database)
//   BENCH_BEACONS_ONLY=1 (part 1 alone)
//   BENCH_PORT=3701 (uses it and the next three)  REDIS_URL (default redis://127.0.0.1:6379)
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { buildIsStale, isolatedEnv, nextBuild, root, runTs, startNext } from "./lib/next-build.mjs";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const bigArticles = Number(process.env.BENCH_ARTICLES ?? 100_000);
const basePort = Number(process.env.BENCH_PORT ?? 3701);
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const run = Date.now().toString(36);
const beaconsOnly = Boolean(process.env.BENCH_BEACONS_ONLY);

function envFor(name, port, extra = {}) {
  // npm start's build: the database is read at run time, so one build serves every copy.
  return { ...isolatedEnv(name, port), NEXT_DIST_DIR: ".next", SCHEDULER: "off", ...extra };
}
const small = envFor("bench-views", basePort);
const big = envFor("bench-views-stats", basePort + 3);

console.log("准备测速数据库 .bench-views/（演示内容）…");
runTs("scripts/bench-views-prepare.ts", { ...small, BENCH_ARTICLES: "240" });
const bigInfo = path.join(root, ".bench-views-stats", "info.json");
if (!beaconsOnly && !(process.env.BENCH_REUSE && existsSync(bigInfo))) {
  console.log(`准备 .bench-views-stats/（${bigArticles} 篇文章与 90 天的小时数据）…`);
  runTs("scripts/bench-views-prepare.ts", { ...big, BENCH_ARTICLES: String(bigArticles) });
}
if (buildIsStale(".next")) nextBuild({ ...process.env, NEXT_DIST_DIR: ".next" });

const info = JSON.parse(readFileSync(path.join(root, ".bench-views", "info.json"), "utf8"));
const ids = info.articleIds;
const ua = (n) => `Mozilla/5.0 (Linux; Android 14; Pixel ${n % 9}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.${run}.${n} Mobile Safari/537.36`;
const ip = (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

function cannon(options) {
  return new Promise((resolve, reject) => autocannon({ connections, duration: seconds, ...options }, (e, r) => (e ? reject(e) : resolve(r))));
}

/** A beacon from an ever new reader (address and browser), over the benchmark's articles, from 微信 or 百度. */
let readerSerial = 0;
function beaconRequest(req) {
  const n = (readerSerial += 1);
  return {
    ...req,
    method: "POST",
    path: "/api/views",
    headers: { "content-type": "text/plain", "user-agent": ua(n), "x-forwarded-for": ip(n) },
    body: JSON.stringify({ kind: "article", id: ids[n % ids.length], ref: n % 2 ? "https://m.baidu.com/s" : "", app: n % 10 === 0 ? 1 : 0 }),
  };
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
function sums(dbFile, articleIds) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare(`SELECT COALESCE(SUM(views),0) AS views, COALESCE(SUM(uniques),0) AS uniques FROM ViewHour WHERE kind = 'article' AND itemId IN (${articleIds.join(",")})`).get();
    return { views: Number(row.views), uniques: Number(row.uniques) };
  } finally {
    db.close();
  }
}
const smallDb = path.join(root, ".bench-views", "portal.db");

async function post(port, body, n) {
  const r = await fetch(`http://127.0.0.1:${port}/api/views`, { method: "POST", body: JSON.stringify(body), headers: { "user-agent": ua(n), "x-forwarded-for": ip(n) } });
  if (r.status !== 204) throw new Error(`beacon ${r.status}`);
}

const servers = [];
try {
  // 1. One instance, views counted in this process.
  const one = await startNext({ port: basePort, env: small, quiet: true });
  servers.push(one);
  const articlePath = `/article/${ids[0]}`;
  const origin = `http://127.0.0.1:${basePort}`;
  await cannon({ url: origin + articlePath, duration: 3 }); // warm: the page cached, the code compiled
  const beaconsAlone = await cannon({ url: origin, requests: [{ setupRequest: beaconRequest }] });
  const beaconsFew = await cannon({ url: origin, connections: 10, requests: [{ setupRequest: beaconRequest }] });
  // Three loads, twice in turn (this machine's throughput drifts by a third
  // from minute to minute; alternating lets the drift fall on each alike):
  // the page alone; every page view followed by a request the start wrapper
  // refuses without reaching the app (a malformed path: a second request per
  // view, no counting); every page view followed by its beacon. The last
  // against the second is what counting costs the pages.
  const page = { method: "GET", path: articlePath };
  const loads = {
    alone: [page],
    secondRequest: [page, { method: "GET", path: "/%E4" }],
    beacon: [page, { setupRequest: beaconRequest }],
  };
  const rounds = [];
  for (let i = 0; i < 2; i++) {
    const round = {};
    for (const [name, requests] of Object.entries(loads)) round[name] = await cannon({ url: origin, requests });
    rounds.push(round);
  }
  one.kill();
  servers.length = 0;
  console.log(`\n## 1. 单实例（进程内计数；autocannon ${connections} 个连接，每项 ${seconds} 秒，与服务同机）\n`);
  console.log("| 负载 | 请求/秒 | p50 (ms) | p99 (ms) | 错误/非2xx |");
  console.log("|---|---:|---:|---:|---:|");
  const line = (label, r, expectedErrors = 0) => console.log(`| ${label} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx - expectedErrors} |`);
  line("只有计数请求 POST /api/views", beaconsAlone);
  line("只有计数请求，10 个连接", beaconsFew);
  rounds.forEach((round, i) => {
    line(`第 ${i + 1} 轮：只有缓存文章页 ${articlePath}`, round.alone);
    line(`第 ${i + 1} 轮：每次浏览后发一个不计数的请求（两者合计）`, round.secondRequest, round.secondRequest.non2xx);
    line(`第 ${i + 1} 轮：每次浏览后发一个计数请求（两者合计）`, round.beacon);
  });
  const pages = (name) => rounds.reduce((n, r) => n + r[name].requests.average / loads[name].length, 0) / rounds.length;
  const drop = (name, against) => (100 * (1 - pages(name) / pages(against))).toFixed(1);
  console.log(`\n文章页吞吐（两轮平均）：单独 ${Math.round(pages("alone"))}/秒；每次浏览后另有一个请求 ${Math.round(pages("secondRequest"))}/秒；每次浏览后发计数请求 ${Math.round(pages("beacon"))}/秒`);
  console.log(`计数请求使文章页吞吐下降 ${drop("beacon", "secondRequest")}%（对比同样多一个请求），对比单独访问下降 ${drop("beacon", "alone")}%`);

  // BENCH_BEACONS_ONLY=1: the single instance's figures alone, for repeated runs.
  if (!beaconsOnly) {
    // 2. Two instances, one database, one Redis.
    const shared = { REDIS_URL: redisUrl, VIEW_FLUSH_MS: "1000" };
    const a = await startNext({ port: basePort + 1, env: { ...small, ...shared, PORT: String(basePort + 1) }, quiet: true });
    const b = await startNext({ port: basePort + 2, env: { ...small, ...shared, PORT: String(basePort + 2) }, quiet: true });
    servers.push(a, b);
    const readers = 300;
    const perReader = 4;
    const targets = ids.slice(0, 40);
    const before = sums(smallDb, targets);
    const sends = [];
    for (let r = 0; r < readers; r++) {
      for (let k = 0; k < perReader; k++) {
        const id = targets[(r * 7 + k * 13) % targets.length];
        // Every view reaches both instances (a reload on another instance behind the balancer): it must count once.
        sends.push([basePort + 1, id, 1_000_000 + r], [basePort + 2, id, 1_000_000 + r]);
      }
    }
    sends.sort(() => Math.random() - 0.5);
    for (let i = 0; i < sends.length; i += 50) await Promise.all(sends.slice(i, i + 50).map(([port, id, n]) => post(port, { kind: "article", id }, n)));
    await wait(3_000);
    const after = sums(smallDb, targets);
    const got = { views: after.views - before.views, uniques: after.uniques - before.uniques };
    const expected = readers * perReader;
    console.log(`\n## 2. 两个实例共用数据库与 Redis\n`);
    console.log(`${readers} 位读者各读 ${perReader} 篇，每次浏览向两个实例各发一次：共 ${sends.length} 个计数请求`);
    console.log(`期望浏览 ${expected}、读者 ${expected}；写入浏览 ${got.views}、读者 ${got.uniques}：${got.views === expected && got.uniques === expected ? "不多不少" : "不一致！"}`);

    // 3. Restarting an instance right after it took beacons.
    console.log(`\n## 3. 实例重启（计数每 5 秒写一次）\n`);
    for (const signal of ["SIGTERM", "SIGKILL"]) {
      b.kill();
      await wait(500);
      const port = basePort + 2;
      const c = await startNext({ port, env: { ...small, REDIS_URL: redisUrl, VIEW_FLUSH_MS: "5000", PORT: String(port) }, quiet: true });
      const start = sums(smallDb, targets);
      const count = 500;
      const offset = signal === "SIGTERM" ? 2_000_000 : 3_000_000;
      for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => post(port, { kind: "article", id: targets[(i + j) % targets.length] }, offset + i + j)));
      c.kill(signal);
      await wait(1_500);
      const end = sums(smallDb, targets);
      console.log(`${signal}：停止前收到 ${count} 次浏览，写入 ${end.views - start.views}，丢失 ${count - (end.views - start.views)}`);
    }
    a.kill();
    servers.length = 0;

    // 4. /newsroom/stats at scale.
    const bigPort = basePort + 3;
    const statsServer = await startNext({ port: bigPort, env: big, quiet: true });
    servers.push(statsServer);
    const credentials = JSON.parse(readFileSync(bigInfo, "utf8"));
    const cookie = await signIn(`http://127.0.0.1:${bigPort}`, credentials);
    const bigDb = new Database(path.join(root, ".bench-views-stats", "portal.db"), { readonly: true });
    const scale = bigDb.prepare("SELECT (SELECT COUNT(*) FROM Article) AS articles, (SELECT COUNT(*) FROM ViewHour) AS hourly, (SELECT MAX(day) - MIN(day) + 1 FROM ViewHour) AS days").get();
    bigDb.close();
    console.log(`\n## 4. /newsroom/stats（${scale.articles} 篇文章，${scale.hourly} 行小时数据，跨 ${scale.days} 天；总编身份，HTTP）\n`);
    console.log("| 范围 | 次数 | p50 (ms) | p95 (ms) | 最大 (ms) |");
    console.log("|---|---:|---:|---:|---:|");
    for (const range of ["today", "7d", "30d"]) {
      const url = `http://127.0.0.1:${bigPort}/newsroom/stats?range=${range}`;
      const times = [];
      for (let i = 0; i < 22; i++) {
        const t = performance.now();
        const r = await fetch(url, { headers: { cookie } });
        const html = await r.text();
        if (r.status !== 200 || !html.includes("实时")) throw new Error(`/newsroom/stats?range=${range} 返回 ${r.status}`);
        if (i >= 2) times.push(performance.now() - t);
      }
      times.sort((x, y) => x - y);
      const q = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)].toFixed(0);
      console.log(`| ${range} | ${times.length} | ${q(0.5)} | ${q(0.95)} | ${times[times.length - 1].toFixed(0)} |`);
    }
  }
} finally {
  for (const s of servers) s.kill();
}

/** Signs in through next-auth's credentials flow; returns the Cookie header. */
async function signIn(base, { username, password }) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map();
  const keep = (response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error("登录编辑部失败");
  return header();
}
