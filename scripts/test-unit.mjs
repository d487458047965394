// `npm run test:unit`: the Vitest suite on SQLite, then again on PostgreSQL
// when TEST_DATABASE_URL_PG names a database the tests may empty (its public
// schema is dropped and migrated afresh). Without it the PostgreSQL run is
// skipped, and says so. Arguments go to both runs (a file, -t …).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const args = process.argv.slice(2);

function run(label, extraEnv) {
  console.log(`\n== Vitest（${label}）==`);
  const result = spawnSync(process.execPath, [vitest, "run", ...args], { stdio: "inherit", cwd: root, env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

let status = run("SQLite", { VITEST_DATABASE: "sqlite" });
const pgUrl = process.env.TEST_DATABASE_URL_PG;
if (pgUrl) {
  status ||= run("PostgreSQL", { VITEST_DATABASE: "postgresql" });
} else {
  console.log("\n跳过 PostgreSQL 上的 Vitest：未设置 TEST_DATABASE_URL_PG（例如 postgresql://postgres@127.0.0.1:5432/qdn_test，测试会清空它）");
}
process.exit(status);
