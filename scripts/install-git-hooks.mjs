// `npm install` (the "prepare" script): points git at .githooks/, whose
// pre-commit runs the type check and the linter before a commit with code in
// it. Outside a git checkout (a tarball, an image build) there is nothing to do.
import { spawnSync } from "node:child_process";

const inside = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { encoding: "utf8" });
if (inside.status === 0 && inside.stdout.trim() === "true") {
  spawnSync("git", ["config", "core.hooksPath", ".githooks"], { stdio: "inherit" });
}
