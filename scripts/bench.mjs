// `npm run bench`: requests/s and p99 latency of the cached homepage and an
// article page from `next start`, each beside the same HTML bytes served by a
// bare Node http server in the same run (the ceiling on this machine). Each
// page is measured twice: as sent to a client that asks for no compression,
// and to one that accepts gzip as browsers do (Next compresses every response
// itself; the bare server sends bytes compressed once, ahead of time).
//   BENCH_SECONDS=10  BENCH_CONNECTIONS=50
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { buildIsStale, nextBuild, setupDatabase, startNext } from "./lib/next-build.mjs";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const NEXT_PORT = 3200;
const BARE_PORT = 3201;

setupDatabase();
if (buildIsStale(process.env.NEXT_DIST_DIR || ".next")) nextBuild();
const next = await startNext({ port: NEXT_PORT, quiet: true });

function load(url, gzip) {
  const headers = gzip ? { "accept-encoding": "gzip" } : {};
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function fetchPage(path) {
  const response = await fetch(`http://127.0.0.1:${NEXT_PORT}${path}`);
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html: await response.text(), type: response.headers.get("content-type") };
}

async function bareServer(html, type, gzip) {
  const body = gzip ? gzipSync(html) : Buffer.from(html);
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": type, "Content-Length": body.length, ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
    res.end(body);
  });
  await new Promise((r) => server.listen(BARE_PORT, "127.0.0.1", r));
  return server;
}

try {
  // Pick an article from the homepage, and warm both pages into the cache.
  const home = await fetchPage("/");
  const articlePath = /href="(\/article\/\d+)"/.exec(home.html)?.[1];
  if (!articlePath) throw new Error("首页上找不到文章链接");
  const rows = [];
  const targets = [["首页 /", "/"], [`文章 ${articlePath}`, articlePath]];
  for (const gzip of [false, true]) for (const [label, path] of targets) {
    await fetchPage(path);
    const page = await fetchPage(path);
    if (page.status !== 200) throw new Error(`${path} 返回 ${page.status}`);
    const viaNext = await load(`http://127.0.0.1:${NEXT_PORT}${path}`, gzip);
    const server = await bareServer(page.html, page.type ?? "text/html; charset=utf-8", gzip);
    const bare = await load(`http://127.0.0.1:${BARE_PORT}/`, gzip);
    server.close();
    rows.push({
      page: `${label}${gzip ? "（gzip）" : ""}`,
      bytes: gzip ? gzipSync(page.html).length : Buffer.byteLength(page.html),
      cache: page.cache,
      nextRps: viaNext.requests.average,
      nextP99: viaNext.latency.p99,
      nextErrors: viaNext.errors + viaNext.non2xx,
      bareRps: bare.requests.average,
      bareP99: bare.latency.p99,
    });
  }
  console.log(`\n${connections} 个连接，每项 ${seconds} 秒（autocannon，本机回环）\n`);
  console.log("| 页面 | HTML 字节 | 缓存 | next start 请求/秒 | p99 (ms) | 裸 http 请求/秒 | p99 (ms) | 比值 |");
  console.log("|---|---:|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.bytes} | ${r.cache} | ${Math.round(r.nextRps)} | ${r.nextP99} | ${Math.round(r.bareRps)} | ${r.bareP99} | ${(r.nextRps / r.bareRps).toFixed(3)} |`,
    );
    if (r.nextErrors > 0) console.log(`  注意：${r.page} 有 ${r.nextErrors} 个错误或非 2xx 响应`);
  }
} finally {
  next.kill();
}
