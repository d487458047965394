// Runs the Prisma CLI with this project's settings.
//
// Prisma 6.19 with `engine: "js"` (prisma.config.ts) migrates through the
// bundled WebAssembly schema engine and queries through the driver adapter, so
// no native engine is ever executed. The CLI still tries to download native
// engines when it starts, which fails on machines without internet access.
// Pointing it at placeholder files stops that; where real engines were
// downloaded we leave the CLI alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const enginesDir = path.join(root, "node_modules", "@prisma", "engines");
const hasNativeEngines =
  existsSync(enginesDir) &&
  readdirSync(enginesDir).some((f) => f.startsWith("schema-engine") || f.startsWith("libquery_engine"));

const env = { ...process.env };
if (!hasNativeEngines) {
  const placeholder = path.join(root, "node_modules", ".cache", "prisma-engine-placeholder");
  if (!existsSync(placeholder)) {
    mkdirSync(path.dirname(placeholder), { recursive: true });
    writeFileSync(placeholder, "unused: the JavaScript engines are in use\n");
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;
  env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const unrefLongTimers = path.join(root, "scripts", "lib", "unref-long-timers.cjs");
const result = spawnSync(process.execPath, ["--require", unrefLongTimers, cli, ...process.argv.slice(2)], { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
