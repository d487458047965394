// Helpers shared by the start, build, e2e and benchmark scripts.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DATABASE_URL } from "../../lib/db/defaults.mjs";
import { freshVapidEnv } from "./vapid-keys.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serwistBin = path.join(root, "node_modules", "@serwist", "cli", "cli.js");

/** Runs a command to completion with inherited output; exits the process on failure. */
export function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) {
    console.error(`失败: ${command} ${args.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

export function runTs(script, env = process.env) {
  run(process.execPath, [path.join(root, "scripts", "run-ts.mjs"), script], env);
}

export function setupDatabase(env = process.env) {
  run(process.execPath, [path.join(root, "scripts", "run-ts.mjs"), "scripts/db-setup.ts"], env);
}

/**
 * `next build` (Turbopack), then `serwist build` (serwist.config.mjs): the
 * service worker with the precache manifest of this build, written to
 * <distDir>/serwist/sw.js.
 */
export function nextBuild(env = process.env) {
  run(process.execPath, [nextBin, "build"], env);
  const started = Date.now();
  run(process.execPath, [serwistBin, "build", "serwist.config.mjs"], { ...env, NO_UPDATE_NOTIFIER: "1" });
  console.log(`service worker 构建用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  writeFileSync(buildStamp(env.NEXT_DIST_DIR || ".next"), builtFor(env));
}

// What a build was made for. Pages prerendered at build time carry the
// site's address in their absolute links (when it comes from SITE_URL or the
// port, not from the settings, which revalidate the pages themselves) and
// the content of the database they were rendered from: another address or
// another database needs a new build.
function buildStamp(distDir) {
  return path.join(root, distDir, "built-for");
}

function builtFor(env) {
  return [env.SITE_URL || "", env.PORT || "3000", env.DATABASE_URL || DEFAULT_DATABASE_URL].join(" ");
}

/** Starts the production server (scripts/serve.mjs) in the background; resolves once it answers HTTP. */
export async function startNext({ port, env = process.env, quiet = false }) {
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), String(port)], {
    cwd: root,
    env,
    stdio: quiet ? "ignore" : "inherit",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("next start 退出了");
    try {
      await fetch(`http://127.0.0.1:${port}/favicon.ico`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill();
  throw new Error("next start 未能在 60 秒内就绪");
}

const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.ts", "package.json", "postcss.config.mjs", "serwist.config.mjs"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(p)) {
    if (name === "generated" || name === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, name)));
  }
  return newest;
}

/** True when there is no production build in distDir, it was built for another address or database, or a source file changed after it. */
export function buildIsStale(distDir = ".next", env = process.env) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(root, distDir, "serwist", "sw.js"))) return true;
  if (!existsSync(buildStamp(distDir)) || readFileSync(buildStamp(distDir), "utf8") !== builtFor(env)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/**
 * Settings for a throwaway copy of the site (browser tests, benchmarks): its
 * own database, media folder, build folder and port, so that it never
 * touches the site `npm start` serves.
 */
export function isolatedEnv(name, port) {
  return {
    ...process.env,
    DATABASE_URL: `file:./.${name}/portal.db`,
    MEDIA_DIR: `./.${name}/media`,
    NEXT_DIST_DIR: `.next-${name}`,
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    // A key pair of its own: its subscriptions die with it.
    ...freshVapidEnv(),
    PORT: String(port),
    INFO_FILE: path.join(root, `.${name}`, "info.json"),
  };
}
