// The VAPID key pair Web Push is signed with. Taken from VAPID_PUBLIC_KEY and
// VAPID_PRIVATE_KEY when set: every instance of a deployment must use the same
// pair, because browsers subscribed with its public key and push services
// refuse messages signed with another. Otherwise made once (web-push's
// generateVAPIDKeys) and kept in data/vapid-keys.json (kept-secret.mjs).
import path from "node:path";
import webpush from "web-push";
import { keptSecret } from "./kept-secret.mjs";

export function withVapidKeys(env = process.env) {
  // One of the two alone is a configuration mistake: lib/env.ts stops the server with a message.
  if (env.VAPID_PUBLIC_KEY || env.VAPID_PRIVATE_KEY) return env;
  const file = env.VAPID_KEYS_FILE || path.join("data", "vapid-keys.json");
  const keys = JSON.parse(keptSecret(file, () => JSON.stringify(webpush.generateVAPIDKeys())));
  return { ...env, VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}

/** A fresh pair as environment lines (npm run push:keys, throwaway test servers). */
export function freshVapidEnv() {
  const keys = webpush.generateVAPIDKeys();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}
