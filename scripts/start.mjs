// `npm start`: prepares the database on first run, builds when there is no
// build or the sources changed since the last one, then serves the
// production site on PORT (default 3000).
import path from "node:path";
import { spawn } from "node:child_process";
import { withAuthSecret } from "./lib/auth-secret.mjs";
import { buildIsStale, nextBuild, root, setupDatabase } from "./lib/next-build.mjs";
import { withVapidKeys } from "./lib/vapid-keys.mjs";

setupDatabase();
const port = process.env.PORT || "3000";
// The build sees the port too: without SITE_URL, absolute links name it.
const buildEnv = { ...process.env, PORT: port };
if (buildIsStale(process.env.NEXT_DIST_DIR || ".next", buildEnv)) {
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
