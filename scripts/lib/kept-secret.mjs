// A secret that `npm start` makes once when the environment gives none, kept
// in a file beside the database that only its owner can read. Every later
// start (and every command run beside it) reads the same file; instances on
// other machines must be given the value through the environment instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./next-build.mjs";

/** The file's content, making it with `make()` first when it does not exist. */
export function keptSecret(relativeFile, make) {
  const file = path.resolve(root, relativeFile);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": two starts racing both write only if neither file exists; the loser reads the winner's.
      writeFileSync(file, make(), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if (error?.code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}
