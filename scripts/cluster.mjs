// `npm run cluster`: the portal as it runs at scale, on this machine — one
// build, two instances sharing PostgreSQL (DATABASE_URL) and Redis
// (REDIS_URL: the ISR cache, view counting), and the Varnish edge in front
// of them on PORT (default 3000), like `npm start`. The instances listen on
// PORT+1 and PORT+2 (CLUSTER_INSTANCES=3 for more). Migrates and seeds an
// empty database like `npm start`; `npm run user:create` with the same
// DATABASE_URL makes the newsroom's accounts.
import path from "node:path";
import { clusterEnvMessage, clusterEnvProblems } from "../lib/cluster/cluster-env.mjs";
import { clusterEnv, missingForCluster, startEdge, startInstance } from "./lib/cluster.mjs";
import { buildIsStale, nextBuild, root, setupDatabase } from "./lib/next-build.mjs";

const missing = await missingForCluster(process.env);
if (missing.length > 0) {
  console.error(["npm run cluster 还缺：", ...missing.map((m) => `  - ${m}`)].join("\n"));
  process.exit(1);
}
const edgePort = Number(process.env.PORT || 3000);
const count = Math.max(1, Number(process.env.CLUSTER_INSTANCES || 2));
const ports = Array.from({ length: count }, (_, i) => edgePort + 1 + i);
const env = clusterEnv(process.env, edgePort);
const problems = clusterEnvProblems(env);
if (problems.length > 0) {
  console.error(clusterEnvMessage(problems));
  process.exit(1);
}

setupDatabase(env);
if (buildIsStale(env.NEXT_DIST_DIR, env)) {
  console.log("正在构建生产版本（各实例共用这一个构建）…");
  nextBuild(env);
}
const children = [];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(0)));
try {
  for (const port of ports) {
    children.push(await startInstance(port, env, false));
    console.log(`实例已启动：http://127.0.0.1:${port}`);
  }
  children.push(await startEdge({ port: edgePort, backends: ports.map((port) => ({ host: "127.0.0.1", port })), workDir: path.join(root, ".cluster", "edge"), quiet: false }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop();
  process.exit(1);
}
console.log(`▲ 集群已启动：边缘缓存 ${env.SITE_URL}（Varnish）→ 实例 ${ports.join("、")}；Redis ${env.REDIS_URL}；按 Ctrl+C 停止`);
for (const child of children) child.on("exit", (code) => console.warn(`[集群] 进程 ${child.pid} 退出（${code}）`));
