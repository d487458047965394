// The newsroom's session secret. Taken from NEXTAUTH_SECRET when set (all
// instances of a deployment must share one); otherwise made once, at random,
// and kept in a file beside the database that only its owner can read.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./next-build.mjs";

export function withAuthSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET) return env;
  const file = path.resolve(root, env.AUTH_SECRET_FILE || path.join("data", "auth-secret"));
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return { ...env, NEXTAUTH_SECRET: readFileSync(file, "utf8").trim() };
}
