import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// The saved article page of the original portal lives outside the project,
// in the team's shared folder. Tests that need it are skipped, with the
// reason printed, where it is absent.
export const FIXTURE_PATH = path.resolve(__dirname, "..", "..", "shared", "fixtures", "qdn-article-2009-08-21.txt");

export function readFixture(): string | null {
  if (!existsSync(FIXTURE_PATH)) {
    console.warn(`跳过：找不到原站文章页样本 ${FIXTURE_PATH}`);
    return null;
  }
  return readFileSync(FIXTURE_PATH, "utf8");
}
