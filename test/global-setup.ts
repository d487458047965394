import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// Creates the test database by running the real migrations, as a fresh
// installation does, and removes it after the run. On PostgreSQL the
// database named by TEST_DATABASE_URL_PG is emptied (its public schema
// dropped) first.
export default async function setup({ config }: { config: { env?: Record<string, string> } }) {
  const env = { ...process.env, ...config.env };
  const dir = env.TEST_DATA_DIR!;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (env.DATABASE_URL!.startsWith("postgres")) await emptyPostgres(env.DATABASE_URL!);
  const result = spawnSync(process.execPath, [path.join("scripts", "prisma.mjs"), "migrate", "deploy"], {
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`测试数据库迁移失败:\n${result.stdout}\n${result.stderr}`);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function emptyPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`连不上 PostgreSQL 测试数据库 ${url}: ${(e as Error).message}`);
  }
  await client.query(`DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public"`);
  await client.end();
}
