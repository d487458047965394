import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

// Creates the test database by running the real migrations, as a fresh
// installation does, and removes it after the run.
export default function setup({ config }: { config: { env?: Record<string, string> } }) {
  const env = { ...process.env, ...config.env };
  const dir = env.TEST_DATA_DIR!;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(process.execPath, [path.join("scripts", "prisma.mjs"), "migrate", "deploy"], {
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`测试数据库迁移失败:\n${result.stdout}\n${result.stderr}`);
  return () => rmSync(dir, { recursive: true, force: true });
}
