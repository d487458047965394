// `npm run fault:db`: the database goes away under the running site and
// comes back. Serves the PostgreSQL e2e build (.next-e2e-pg/, made by
// `npm run test:e2e:pg`, or made here) on the database E2E_DATABASE_URL_PG
// names, through a TCP relay that is cut for OUTAGE_S seconds, and prints
// what readers got during and after the outage.
import { existsSync } from "node:fs";
import path from "node:path";
import { isolatedEnv, nextBuild, root, runTs, startNext } from "./lib/next-build.mjs";
import { relayedUrl } from "./lib/tcp-relay.mjs";

const url = process.env.E2E_DATABASE_URL_PG;
if (!url) {
  console.log("需要 E2E_DATABASE_URL_PG（PostgreSQL 数据库地址，会被清空重建）");
  process.exit(1);
}
const port = Number(process.env.FAULT_PORT ?? 3607);
const outageMs = Number(process.env.OUTAGE_S ?? 20) * 1000;
const base = `http://127.0.0.1:${port}`;
const env = { ...isolatedEnv("e2e-pg", port), DATABASE_URL: url };
if (!existsSync(path.join(root, ".next-e2e-pg", "BUILD_ID"))) {
  runTs("scripts/e2e-prepare.ts", env);
  nextBuild(env);
}

const { relay, url: through } = await relayedUrl(url, 5432);
const server = await startNext({ port, env: { ...env, DATABASE_URL: through, SCHEDULER: "off" }, quiet: true });

const pages = ["/", "/news", "/article/1", "/photos"];
async function status(p) {
  const started = performance.now();
  try {
    const r = await fetch(base + p, { signal: AbortSignal.timeout(15_000) });
    await r.arrayBuffer();
    return { status: r.status, ms: performance.now() - started };
  } catch (e) {
    return { status: `错误 ${e.name}`, ms: performance.now() - started };
  }
}
async function round(label, paths) {
  const results = [];
  for (const p of paths) results.push(`${p} ${(await status(p)).status}`);
  console.log(`${label}: ${results.join("，")}`);
  return results;
}

try {
  for (const p of pages) await status(p); // fills the cache
  await round("数据库正常", [...pages, "/search?q=凯里"]);
  await relay.cut();
  const cutAt = Date.now();
  console.log(`\n切断数据库连接 ${outageMs / 1000} 秒：`);
  let cached = 0;
  let total = 0;
  while (Date.now() - cutAt < outageMs) {
    for (const p of pages) {
      const r = await status(p);
      total++;
      if (r.status === 200) cached++;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`断开期间：已缓存的公共页面 ${cached}/${total} 次请求返回 200`);
  await round("断开期间（未缓存的搜索）", ["/search?q=凯里"]);
  await relay.open();
  const backAt = Date.now();
  let recovered = null;
  while (Date.now() - backAt < 30_000) {
    if ((await status("/search?q=凯里")).status === 200) {
      recovered = Date.now() - backAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`\n恢复连接后：${recovered === null ? "30 秒内未恢复" : `${recovered} ms 后搜索（每次查询数据库）再次返回 200，未重启服务`}`);
  await round("恢复后", [...pages, "/search?q=凯里"]);
} finally {
  server.kill();
  await relay.cut().catch(() => {});
}
