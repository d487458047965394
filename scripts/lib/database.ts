import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** Applies every migration in prisma/migrations that the database lacks. */
export function migrateDatabase() {
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
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

export function databaseFile(): string {
  return path.resolve(env.DATABASE_URL.slice("file:".length));
}

/** Deletes the database file and the generated demo pictures. */
export function removeDatabase() {
  const file = databaseFile();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    if (existsSync(file + suffix)) rmSync(file + suffix);
  }
  rmSync(path.resolve(env.MEDIA_DIR, "demo"), { recursive: true, force: true });
}
