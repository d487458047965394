// Runs one of the project's TypeScript scripts with tsx. The "react-server"
// condition lets scripts import the server-only data layer, as the server does.
import { spawnSync } from "node:child_process";
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("用法: node scripts/run-ts.mjs <脚本.ts> [参数…]");
  process.exit(2);
}
const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
