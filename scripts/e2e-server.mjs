// The server the browser tests run against: a production build (`next build`
// + `next start`) on its own database, build folder and port.
import { rmSync } from "node:fs";
import path from "node:path";
import { isolatedEnv, nextBuild, root, runTs, startNext } from "./lib/next-build.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_DATABASE=postgresql: the PostgreSQL smoke run (playwright.postgres.config.ts),
// on the database E2E_DATABASE_URL_PG names (emptied first), with its own build folder.
const onPostgres = process.env.E2E_DATABASE === "postgresql";
if (onPostgres && !process.env.E2E_DATABASE_URL_PG) throw new Error("E2E_DATABASE=postgresql 需要 E2E_DATABASE_URL_PG");
// Every browser test comes from 127.0.0.1: allow more than a reader's 3 contributions per 10 minutes.
// View counts are written every 300 ms, so the view-count test sees them soon.
// No SITE_URL: the site's address comes from 网站地址 in the settings (set by
// e2e-prepare), so the tests can change it as an admin would.
const base = isolatedEnv(onPostgres ? "e2e-pg" : "e2e", port);
delete base.SITE_URL;
// Reported CSP refusals are appended to a file the CSP tests read (and any
// report fails them); every browser test shares 127.0.0.1, hence the higher limit.
const env = {
  ...base,
  CONTRIBUTION_LIMIT_PER_10_MIN: "50",
  VIEW_FLUSH_MS: "300",
  CSP_REPORT_LOG: path.join(root, `.${onPostgres ? "e2e-pg" : "e2e"}`, "csp-reports.jsonl"),
  CSP_REPORT_LIMIT_PER_MIN: "1000",
  // Headless Chromium never delivers report-to's reports, and skips report-uri when report-to is there.
  CSP_REPORT_TO: "off",
};
if (onPostgres) env.DATABASE_URL = process.env.E2E_DATABASE_URL_PG;

runTs("scripts/e2e-prepare.ts", env);
rmSync(env.CSP_REPORT_LOG, { force: true });
nextBuild(env);
const server = await startNext({ port, env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
