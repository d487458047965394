// `npm run test:e2e:pg`: the production-build smoke run on PostgreSQL
// (playwright.postgres.config.ts) when E2E_DATABASE_URL_PG names a database
// it may empty; otherwise it says why it is skipped.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { missingForCluster } from "./lib/cluster.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (!process.env.E2E_DATABASE_URL_PG) {
  console.log("跳过 PostgreSQL 上的浏览器冒烟测试：未设置 E2E_DATABASE_URL_PG（例如 postgresql://postgres@127.0.0.1:5432/qdn_e2e，测试会清空它）");
  process.exit(0);
}
// The cluster's test (e2e/cluster-edge.spec.ts: two instances sharing Redis
// behind the Varnish edge) joins the smoke run where Redis and Varnish are there.
const redisUrl = process.env.E2E_REDIS_URL || "redis://127.0.0.1:6379";
const missing = await missingForCluster({ REDIS_URL: redisUrl, DATABASE_URL: process.env.E2E_DATABASE_URL_PG });
const clusterEnv = missing.length === 0 ? { E2E_CLUSTER: "1", E2E_REDIS_URL: redisUrl } : {};
if (missing.length > 0) console.log(`跳过多实例与边缘缓存的浏览器测试：${missing.join("；")}`);
const cli = path.join(root, "node_modules", "@playwright", "test", "cli.js");
const result = spawnSync(process.execPath, [cli, "test", "--config", "playwright.postgres.config.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, ...clusterEnv },
});
process.exit(result.status ?? 1);
