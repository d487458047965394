import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for a browser vendor's push service on 127.0.0.1, and a
// stand-in browser: a real P-256 key pair and auth secret, as
// PushManager.subscribe makes them, whose private half the test keeps to
// decrypt what arrives (web-push-decrypt.ts).

export type ReceivedPush = { path: string; headers: IncomingHttpHeaders; body: Buffer };

/** Answers by the first path segment: /ok/… 201, /gone/… 410, /fail/… 500. */
export async function startPushService() {
  const received: ReceivedPush[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      response.statusCode = path.startsWith("/gone/") ? 410 : path.startsWith("/fail/") ? 500 : 201;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSubscriber = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ReturnType<typeof createECDH>;
  authSecret: Buffer;
};

/** A browser-side subscription at `<origin>/<kind>/<name>`, with the keys to read its messages. */
export function makeSubscriber(origin: string, kind: "ok" | "gone" | "fail", name: string): TestSubscriber {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    endpoint: `${origin}/${kind}/${name}`,
    keys: { p256dh: ecdh.getPublicKey("base64url"), auth: authSecret.toString("base64url") },
    ecdh,
    authSecret,
  };
}
