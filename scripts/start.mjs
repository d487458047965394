// `npm start`: prepares the database on first run, builds when there is no
// build or the sources changed since the last one, then serves the
// production site on PORT (default 3000).
import { existsSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { clusterEnvMessage, clusterEnvProblems } from "../lib/cluster/cluster-env.mjs";
import { withAuthSecret } from "./lib/auth-secret.mjs";
import { buildIsStale, nextBuild, root, setupDatabase } from "./lib/next-build.mjs";
import { withVapidKeys } from "./lib/vapid-keys.mjs";

// An instance of a cluster takes its shared secrets from the environment,
// never from files it would make up alone (lib/cluster/cluster-env.mjs).
const clusterProblems = clusterEnvProblems(process.env);
if (clusterProblems.length > 0) {
  console.error(clusterEnvMessage(clusterProblems));
  process.exit(1);
}
setupDatabase();
const port = process.env.PORT || "3000";
// The build sees the port too: without SITE_URL, absolute links name it.
const buildEnv = { ...process.env, PORT: port };
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (process.env.REDIS_URL) {
  // Every instance of a cluster serves the one build it was given (same
  // build id, same server-action ids): an instance never builds for itself.
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.error(`无法启动：${distDir} 中没有生产构建。集群的各实例共用一个构建：先用同一份环境运行一次 npm run build，再把它分发到各实例。`);
    process.exit(1);
  }
} else if (buildIsStale(distDir, buildEnv)) {
  console.log("正在构建生产版本（首次约需一两分钟）…");
  nextBuild(buildEnv);
}
const env = withVapidKeys(withAuthSecret(buildEnv));
// scripts/serve.mjs is `next start` plus the client's real address and HSTS.
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), port], {
  stdio: "inherit",
  cwd: root,
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
