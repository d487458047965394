// `npm test`: every test. Vitest (scripts/test-unit.mjs) runs one file at a
// time on one database, so it keeps one core busy; the browser tests'
// production builds (scripts/e2e-server.mjs --build-only: SQLite, then
// PostgreSQL when E2E_DATABASE_URL_PG is set) use the other meanwhile, their
// output held back and printed after Vitest's. Then the browser suite and the
// PostgreSQL smoke run serve those builds (E2E_PREBUILT=1) instead of
// building again. Any failure fails the run; the first one stops it.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const logDir = mkdtempSync(path.join(os.tmpdir(), "qdn-e2e-build-"));
const buildLog = path.join(logDir, "build.log");

/** Runs a script of ours; resolves with its exit status. Output is inherited, or appended to `log`. */
function runScript(script, { env = {}, args = [], log } = {}) {
  const child = spawn(process.execPath, [path.join(root, "scripts", script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: log ? ["ignore", "pipe", "pipe"] : "inherit",
    // Its own process group, so a stopped run takes the build's children (next build) with it.
    detached: Boolean(log),
  });
  if (log) {
    const out = createWriteStream(log, { flags: "a" });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  const done = new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  return { child, done };
}

/** The build running in the background, stopped if Vitest fails or the run is interrupted. */
let running = null;

async function buildForBrowserTests() {
  const sqlite = runScript("e2e-server.mjs", { args: ["--build-only"], log: buildLog });
  running = sqlite.child;
  if ((await sqlite.done) !== 0 || !process.env.E2E_DATABASE_URL_PG) return sqlite.done;
  const postgres = runScript("e2e-server.mjs", {
    args: ["--build-only"],
    env: { E2E_DATABASE: "postgresql", E2E_PORT: process.env.E2E_PORT_PG ?? "3110" },
    log: buildLog,
  });
  running = postgres.child;
  return postgres.done;
}

const stopBuild = () => {
  if (running?.exitCode === null) process.kill(-running.pid, "SIGTERM");
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopBuild();
    process.exit(1);
  });
}

const started = Date.now();
const building = buildForBrowserTests();
const unitStatus = await runScript("test-unit.mjs").done;
if (unitStatus !== 0) stopBuild();
const buildStatus = await building;
console.log(`\n== 浏览器测试的生产构建（与 Vitest 同时进行，共 ${Math.round((Date.now() - started) / 1000)} 秒）==`);
console.log(readFileSync(buildLog, "utf8"));
rmSync(logDir, { recursive: true, force: true });
if (unitStatus !== 0) process.exit(unitStatus);
if (buildStatus !== 0) {
  console.error("浏览器测试的生产构建失败（见上）");
  process.exit(buildStatus);
}

const e2eStatus = await runScript("test-e2e.mjs", { env: { E2E_PREBUILT: "1" } }).done;
if (e2eStatus !== 0) process.exit(e2eStatus);
process.exit(await runScript("test-e2e-pg.mjs", { env: { E2E_PREBUILT: "1" } }).done);
