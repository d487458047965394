// `npm run test:e2e`: the browser suite in two phases against one production
// server (scripts/e2e-server.mjs, built once):
//  1. what readers see at a phone's and a desktop's width (projects phone and
//     desktop), two test files at a time: their tests only read, or write
//     what no other test of theirs looks at (a 在线投稿, a push subscription);
//  2. then, one file at a time: the HTTP checks (among them the fuzz run,
//     which counts every row to show it wrote none, and view counting, which
//     a phone's page view would disturb), installability, and the newsroom,
//     whose tests publish, withdraw and change the settings every page shows.
// Arguments go to Playwright (a file, -g …); with --project they make one run.
// `npx playwright test` still runs the whole suite in order, one file at a time.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "node_modules", "@playwright", "test", "cli.js");
const port = Number(process.env.E2E_PORT ?? 3100);
const args = process.argv.slice(2);
// e2e/summary-reporter.ts appends each run's failed, flaky and skipped tests
// here; they are printed after the last run, so the log ends with them.
const summaryDir = mkdtempSync(path.join(os.tmpdir(), "e2e-summary-"));
const summaryFile = path.join(summaryDir, "summary.txt");

const PHASES = [
  { label: "读者页面，手机与桌面（两个测试文件并行）", projects: ["phone", "desktop"], workers: 2 },
  { label: "HTTP、安装与编辑部（依次）", projects: ["http", "installable", "newsroom-sign-in", "newsroom"], workers: 1 },
];

const server = spawn(process.execPath, [path.join(root, "scripts", "e2e-server.mjs")], { cwd: root, stdio: "inherit" });
const stopServer = () => {
  if (server.exitCode === null) server.kill("SIGTERM");
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopServer();
    process.exit(1);
  });
}

/** Waits for the server as Playwright's webServer would: any answer below 404 from /news. */
async function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`e2e 服务器已退出（${server.exitCode}）`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/news`);
      if (response.status < 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`e2e 服务器未能在 ${timeoutMs / 1000} 秒内就绪`);
}

function playwright(extra) {
  const result = spawnSync(process.execPath, [cli, "test", ...extra, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, E2E_SERVER_STARTED: "1", E2E_SUMMARY_FILE: summaryFile },
  });
  return result.status ?? 1;
}

let status = 0;
try {
  await waitForServer(600_000);
  if (args.some((a) => a.startsWith("--project"))) {
    status = playwright([]);
  } else {
    for (const phase of PHASES) {
      console.log(`\n== 浏览器测试：${phase.label} ==`);
      const projectArgs = phase.projects.map((p) => `--project=${p}`);
      // The newsroom phase runs even when a reader test failed: its results are worth having.
      const phaseStatus = playwright([...projectArgs, `--workers=${phase.workers}`, "--pass-with-no-tests"]);
      status ||= phaseStatus;
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  stopServer();
}
printSummary();
process.exit(status);

function printSummary() {
  let text = "";
  try {
    text = readFileSync(summaryFile, "utf8");
  } catch {
    // no run failed, was flaky or skipped anything
  }
  rmSync(summaryDir, { recursive: true, force: true });
  if (text) console.log(`\n== 浏览器测试小结 ==${text}`);
}
