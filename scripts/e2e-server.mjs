// The server the browser tests run against: a production build (`next build`
// + `next start`) on its own database, build folder and port.
//
// `--build-only` prepares the database and builds, then stops, leaving the
// settings it used (secrets and push keys made for this run, which the build
// bakes into its pages) beside the database; with E2E_PREBUILT=1 a later
// start serves that build with those settings instead of building again.
// `npm test` (scripts/test-all.mjs) builds this way while Vitest runs.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { e2eClusterEnv, startE2eClusterPeers } from "./lib/cluster.mjs";
import { buildIsStale, isolatedEnv, nextBuild, root, runTs, startNext } from "./lib/next-build.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_DATABASE=postgresql: the PostgreSQL smoke run (playwright.postgres.config.ts),
// on the database E2E_DATABASE_URL_PG names (emptied first), with its own build folder.
const onPostgres = process.env.E2E_DATABASE === "postgresql";
if (onPostgres && !process.env.E2E_DATABASE_URL_PG) throw new Error("E2E_DATABASE=postgresql 需要 E2E_DATABASE_URL_PG");
// Every browser test comes from 127.0.0.1: allow more than a reader's 3 contributions per 10 minutes.
// View counts are written every 300 ms, so the view-count test sees them soon.
// No SITE_URL: the site's address comes from 网站地址 in the settings (set by
// e2e-prepare), so the tests can change it as an admin would.
const name = onPostgres ? "e2e-pg" : "e2e";
const base = isolatedEnv(name, port);
delete base.SITE_URL;
// Reported CSP refusals are appended to a file the CSP tests read (and any
// report fails them); every browser test shares 127.0.0.1, hence the higher limit.
const env = {
  ...base,
  CONTRIBUTION_LIMIT_PER_10_MIN: "50",
  VIEW_FLUSH_MS: "300",
  CSP_REPORT_LOG: path.join(root, `.${name}`, "csp-reports.jsonl"),
  CSP_REPORT_LIMIT_PER_MIN: "1000",
  // Headless Chromium never delivers report-to's reports, and skips report-uri when report-to is there.
  CSP_REPORT_TO: "off",
};
if (onPostgres) env.DATABASE_URL = process.env.E2E_DATABASE_URL_PG;

const builtEnvFile = path.join(root, `.${name}`, "built-env.json");
const buildOnly = process.argv.includes("--build-only");

/**
 * The settings the --build-only run used, if its build is still today's
 * sources built for this port and database. Used once: the tests change the
 * database, so the next run prepares and builds afresh.
 */
function prebuiltEnv() {
  if (buildOnly || process.env.E2E_PREBUILT !== "1" || !existsSync(builtEnvFile)) return null;
  const saved = { ...process.env, ...JSON.parse(readFileSync(builtEnvFile, "utf8")) };
  rmSync(builtEnvFile);
  for (const key of Object.keys(saved)) if (saved[key] === null) delete saved[key];
  return buildIsStale(saved.NEXT_DIST_DIR, saved) ? null : saved;
}

let serverEnv = prebuiltEnv();
if (serverEnv) {
  console.log(`e2e：使用预先构建的 ${serverEnv.NEXT_DIST_DIR}（npm test 在 Vitest 运行时构建）`);
} else {
  runTs("scripts/e2e-prepare.ts", env);
  nextBuild(env);
  serverEnv = env;
  if (buildOnly) {
    // Only what differs from the environment this was started in: the run's own settings (null: removed).
    const own = Object.fromEntries(Object.entries(env).filter(([key, value]) => process.env[key] !== value));
    for (const key of Object.keys(process.env)) if (!(key in env)) own[key] = null;
    writeFileSync(builtEnvFile, JSON.stringify(own));
    process.exit(0);
  }
}
rmSync(serverEnv.CSP_REPORT_LOG, { force: true });
// E2E_CLUSTER=1 (set by scripts/test-e2e-pg.mjs where Redis and Varnish are
// there): this server is instance A of a cluster sharing Redis, with
// instance B on port+1 and the Varnish edge on port+2 (e2e/cluster-edge.spec.ts).
const cluster = onPostgres && process.env.E2E_CLUSTER === "1";
if (cluster) Object.assign(serverEnv, await e2eClusterEnv(port, process.env.E2E_REDIS_URL));
const server = await startNext({ port, env: serverEnv });
const peers = cluster ? await startE2eClusterPeers(port, serverEnv) : [];
const stopAll = (signal) => [server, ...peers].forEach((child) => child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));
server.on("exit", (code) => (stopAll("SIGTERM"), process.exit(code ?? 0)));
