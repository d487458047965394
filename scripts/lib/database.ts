import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { db, dbProvider } from "@/lib/db/client";
import { PRISMA_PATHS } from "@/lib/db/provider.mjs";
import { env } from "@/lib/env";

const MIGRATIONS_DIR = PRISMA_PATHS[dbProvider].migrations;

/** Migrations in prisma/migrations that the database has not recorded as applied. */
async function pendingMigrations(): Promise<string[]> {
  if (dbProvider === "sqlite") mkdirSync(path.dirname(databaseFile()), { recursive: true });
  const all = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return all.filter((m) => !applied.has(m));
  } catch {
    return all; // no migrations table yet: a new database
  }
}

/** A server that does not answer stops the start with one line saying so, not a stack trace. */
async function checkReachable() {
  if (dbProvider !== "postgresql") return;
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (e) {
    const where = new URL(env.DATABASE_URL);
    where.password = where.password ? "***" : "";
    const message = e instanceof Error ? e.message : String(e);
    const reason = message.match(/Message: `([^`]*)`/)?.[1] ?? message.trim().split("\n").pop();
    throw new Error(`连不上数据库 ${where}：${reason}\n请确认 PostgreSQL 已启动、DATABASE_URL 正确（数据库须已创建）。`);
  }
}

/**
 * Applies the migrations the database lacks. The migration engine wants the
 * database to itself, so it only runs when something is pending: a start next
 * to a running server (or a second one) does not trip over the server's lock.
 */
export async function migrateDatabase() {
  await checkReachable();
  const pending = await pendingMigrations();
  if (pending.length === 0) return;
  await db.$disconnect();
  console.log(`应用数据库迁移: ${pending.join(", ")}`);
  const result = spawnSync(process.execPath, [path.join("scripts", "prisma.mjs"), "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    throw new Error("数据库迁移失败（prisma migrate deploy）");
  }
}

/**
 * Write-ahead logging lets the server read while a write is under way; it is
 * a property of the database file, so setting it once is enough.
 */
export async function tuneSqlite() {
  if (dbProvider === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

export function databaseFile(): string {
  return path.resolve(env.DATABASE_URL.slice("file:".length));
}

/**
 * Deletes the production build with its data cache. Both were made from the
 * database's old content: the prerendered pages and cached query results
 * would otherwise outlive it (cache keys are query arguments, not rows).
 */
export function removeBuild() {
  rmSync(path.resolve(process.env.NEXT_DIST_DIR || ".next"), { recursive: true, force: true });
}

/**
 * Empties the database (SQLite: deletes the file; PostgreSQL: drops and
 * recreates the public schema, the database itself stays), the generated
 * demo pictures and the build made from them.
 */
export async function removeDatabase() {
  removeBuild();
  if (dbProvider === "postgresql") {
    await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "public" CASCADE`);
    await db.$executeRawUnsafe(`CREATE SCHEMA "public"`);
    await db.$disconnect();
  } else {
    await db.$disconnect();
    const file = databaseFile();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) {
      if (existsSync(file + suffix)) rmSync(file + suffix);
    }
  }
  rmSync(path.resolve(env.MEDIA_DIR, "demo"), { recursive: true, force: true });
}
