// The newsroom's session secret. Taken from NEXTAUTH_SECRET when set (all
// instances of a deployment must share one); otherwise made once, at random,
// and kept in data/auth-secret (kept-secret.mjs).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { keptSecret } from "./kept-secret.mjs";

export function withAuthSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET) return env;
  const secret = keptSecret(env.AUTH_SECRET_FILE || path.join("data", "auth-secret"), () => randomBytes(32).toString("base64url"));
  return { ...env, NEXTAUTH_SECRET: secret };
}
