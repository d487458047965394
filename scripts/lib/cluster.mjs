// Several instances of one build behind the Varnish edge, on this machine:
// shared by `npm run cluster` and `npm run bench:cluster`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { keptSecret } from "./kept-secret.mjs";
import { root, startNext } from "./next-build.mjs";
import { withVapidKeys } from "./vapid-keys.mjs";

export const VARNISHD = process.env.VARNISHD || "/usr/sbin/varnishd";

/** What this machine lacks to run a cluster, each with how to get it. */
export async function missingForCluster(env) {
  const missing = [];
  const redis = parseUrl(env.REDIS_URL);
  if (!redis) missing.push("REDIS_URL 未设置（如 redis://127.0.0.1:6379）");
  else if (!(await reachable(redis.hostname, Number(redis.port || 6379)))) {
    missing.push(`Redis 连不上（${redis.host}）：apt-get install -y redis-server，再 redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`);
  }
  const pg = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "") ? parseUrl(env.DATABASE_URL) : null;
  if (!pg) missing.push("DATABASE_URL 须为 PostgreSQL 地址（如 postgresql://postgres@127.0.0.1:5432/portal；先 createdb -h 127.0.0.1 -U postgres portal）");
  else if (!(await reachable(pg.hostname, Number(pg.port || 5432)))) {
    missing.push(`PostgreSQL 连不上（${pg.host}）：apt-get install -y postgresql-15，再 pg_ctlcluster 15 main start`);
  }
  if (!existsSync(VARNISHD)) missing.push("没有边缘缓存 Varnish：apt-get install -y varnish varnish-modules");
  else if (!existsSync(xkeyVmod())) missing.push("Varnish 缺少 xkey 模块：apt-get install -y varnish-modules");
  return missing;
}

function xkeyVmod() {
  return "/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so";
}

function parseUrl(value) {
  try {
    return value ? new URL(value) : null;
  } catch {
    return null;
  }
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/**
 * The environment every instance of a local cluster shares: one build folder,
 * the edge's address as SITE_URL, the edge as the one trusted proxy, and
 * secrets kept once under data/ (on several machines they come from the
 * deployment's env file instead, deploy/portal.env.example).
 */
export function clusterEnv(base, edgePort, distDir = ".next-cluster") {
  const siteUrl = base.SITE_URL || `http://127.0.0.1:${edgePort}`;
  const env = withVapidKeys({
    ...base,
    NEXT_DIST_DIR: base.NEXT_DIST_DIR || distDir,
    MEDIA_DIR: base.MEDIA_DIR || "./data/media",
    SITE_URL: siteUrl,
    NEXTAUTH_URL: base.NEXTAUTH_URL || siteUrl,
    NEXTAUTH_SECRET: base.NEXTAUTH_SECRET || keptSecret(path.join("data", "auth-secret"), () => randomBytes(32).toString("base64url")),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
      base.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || keptSecret(path.join("data", "server-actions-key"), () => randomBytes(32).toString("base64")),
    TRUSTED_PROXIES: base.TRUSTED_PROXIES || "loopback",
    EDGE_PURGE_URLS: base.EDGE_PURGE_URLS ?? `http://127.0.0.1:${edgePort}/`,
    PORT: String(edgePort),
  });
  return env;
}

/** One instance of the build on its own port (its scheduler calls itself there). */
export function startInstance(port, env, quiet = true) {
  return startNext({ port, env: { ...env, PORT: String(port) }, quiet });
}

/**
 * Starts varnishd in the foreground (a child of this process) with
 * deploy/varnish/portal.vcl and a generated backends file naming the
 * instances. Resolves once the edge answers.
 */
export async function startEdge({ port, backends, workDir, memory = "256m", quiet = true }) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(path.join(workDir, "backends.vcl"), backendsVcl(backends));
  const vclDir = path.join(root, "deploy", "varnish");
  const args = [
    "-F",
    "-n", path.join(workDir, "varnishd"),
    "-a", `127.0.0.1:${port}`,
    "-T", "none",
    "-f", path.join(vclDir, "portal.vcl"),
    "-p", `vcl_path=${workDir}:${vclDir}:/usr/share/varnish/vcl`,
    "-p", `vmod_path=${path.dirname(xkeyVmod())}`,
    "-s", `malloc,${memory}`,
  ];
  const check = spawnSync(VARNISHD, [...args.filter((a) => a !== "-F"), "-C"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`Varnish 配置有误：\n${check.stderr}`);
  const child = spawn(VARNISHD, args, { stdio: quiet ? "ignore" : "inherit" });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("varnishd 退出了");
    try {
      await fetch(`http://127.0.0.1:${port}/favicon.ico`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  child.kill();
  throw new Error("Varnish 未能在 20 秒内就绪");
}

/** The instances as Varnish backends, each with the health probe of portal.vcl, in the round-robin director `portal`. */
export function backendsVcl(backends) {
  const lines = ["# Generated by scripts/lib/cluster.mjs: the instances of this run.", ""];
  backends.forEach(({ host, port }, i) => {
    lines.push(`backend instance${i + 1} {`, `  .host = "${host}";`, `  .port = "${port}";`, "  .probe = portal_health;", "  .connect_timeout = 1s;", "  .first_byte_timeout = 30s;", "}", "");
  });
  lines.push("sub vcl_init {", "  new portal = directors.round_robin();");
  backends.forEach((_, i) => lines.push(`  portal.add_backend(instance${i + 1});`));
  lines.push("}", "");
  return lines.join("\n");
}

/** Reads the build id a build folder carries. */
export function buildId(distDir) {
  const file = path.join(root, distDir, "BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

/**
 * The browser tests' cluster (scripts/e2e-server.mjs with E2E_CLUSTER=1):
 * what instance A, instance B (port+1) and the edge (port+2) add to the
 * PostgreSQL smoke run's settings. The shared cache's keys of an earlier run
 * are removed first: the build may be the same, the database is not.
 */
export async function e2eClusterEnv(port, redisUrl) {
  const prefix = "qdn-e2e-cluster";
  const { createClient } = await import("redis");
  const client = await createClient({ url: redisUrl }).connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    await client.quit();
  }
  return {
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    EDGE_PURGE_URLS: `http://127.0.0.1:${port + 2}/`,
    // Both instances' schedulers ask every 300 ms, so a due article is raced for.
    SCHEDULER_INTERVAL_MS: "300",
  };
}

/** Instance B and the edge in front of A (on `port`) and B; returns their processes. */
export async function startE2eClusterPeers(port, env) {
  const peers = [await startInstance(port + 1, env)];
  const backends = [port, port + 1].map((p) => ({ host: "127.0.0.1", port: p }));
  peers.push(await startEdge({ port: port + 2, backends, workDir: path.join(root, ".e2e-pg", "edge") }));
  return peers;
}
