import { createECDH, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE, POST } from "@/app/api/push/subscription/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";

// The subscription route as a browser calls it, against the real database:
// what is stored, and the 400s for what must never be stored.
await vi.hoisted(async () => {
  const { default: webpush } = await import("web-push");
  const keys = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
});

beforeAll(() => seedSiteDefaults());

function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey("base64url"), auth: randomBytes(16).toString("base64url") };
}

let counter = 0;
const fcmEndpoint = () => `https://fcm.googleapis.com/fcm/send/test-${Date.now()}-${counter++}`;

function call(method: "POST" | "DELETE", body: unknown, { ip = "203.0.113.7", type = "application/json" } = {}) {
  const request = new Request("http://localhost/api/push/subscription", {
    method,
    headers: { "content-type": type, [CLIENT_ADDRESS_HEADER]: ip },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return method === "POST" ? POST(request) : DELETE(request);
}

describe("subscribing", () => {
  it("stores a subscription with its sections, changes them, and forgets it on unsubscribe", async () => {
    const endpoint = fcmEndpoint();
    const keys = browserKeys();
    const created = await call("POST", { endpoint, keys, expirationTime: null, sections: ["zonghe", "xianshi"] });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ ok: true, sections: ["xianshi", "zonghe"], topics: [] });
    expect(await db.pushSubscription.findUnique({ where: { endpoint } })).toMatchObject({ sections: "xianshi,zonghe", ...keys });

    const changed = await call("POST", { endpoint, keys, sections: [] });
    expect(changed.status).toBe(200);
    expect((await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } })).sections).toBe("");

    const removed = await call("DELETE", { endpoint });
    expect(await removed.json()).toEqual({ ok: true, removed: true });
    expect(await db.pushSubscription.findUnique({ where: { endpoint } })).toBeNull();
    expect(await (await call("DELETE", { endpoint })).json()).toEqual({ ok: true, removed: false });
  });

  it("limits new subscriptions per address, but not changes to existing ones", async () => {
    process.env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN = "2";
    try {
      const ip = `198.51.100.${Date.now() % 200}`;
      const first = { endpoint: fcmEndpoint(), keys: browserKeys(), sections: [] };
      expect((await call("POST", first, { ip })).status).toBe(201);
      expect((await call("POST", { endpoint: fcmEndpoint(), keys: browserKeys() }, { ip })).status).toBe(201);
      const third = await call("POST", { endpoint: fcmEndpoint(), keys: browserKeys() }, { ip });
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await third.json()).error).toMatch(/订阅过于频繁/);
      expect((await call("POST", { ...first, sections: ["fabu"] }, { ip })).status).toBe(200);
    } finally {
      delete process.env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN;
    }
  });
});

describe("refusing bad subscriptions with a 400", () => {
  const cases: [string, (valid: { endpoint: string; keys: { p256dh: string; auth: string } }) => unknown, RegExp][] = [
    ["an http endpoint", (v) => ({ ...v, endpoint: "http://fcm.googleapis.com/fcm/send/x" }), /https/],
    ["a loopback address", (v) => ({ ...v, endpoint: "https://127.0.0.1/push" }), /内网或本机/],
    ["a private address", (v) => ({ ...v, endpoint: "https://10.1.2.3/push" }), /内网或本机/],
    ["an IPv6 loopback", (v) => ({ ...v, endpoint: "https://[::1]/push" }), /内网或本机/],
    ["an IPv4-mapped private address", (v) => ({ ...v, endpoint: "https://[::ffff:192.168.1.1]/push" }), /内网或本机/],
    ["localhost", (v) => ({ ...v, endpoint: "https://localhost/push" }), /内网或本机/],
    ["a single-label host", (v) => ({ ...v, endpoint: "https://metadata/push" }), /内网或本机/],
    ["another port", (v) => ({ ...v, endpoint: "https://push.example.com:8443/x" }), /端口/],
    ["not a URL", (v) => ({ ...v, endpoint: "推送" }), /有效的网址/],
    ["a short p256dh", (v) => ({ ...v, keys: { ...v.keys, p256dh: v.keys.p256dh.slice(0, 40) } }), /P-256/],
    ["a p256dh off the curve", (v) => ({ ...v, keys: { ...v.keys, p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString("base64url") } }), /P-256/],
    ["an auth secret of the wrong length", (v) => ({ ...v, keys: { ...v.keys, auth: randomBytes(12).toString("base64url") } }), /16 字节/],
    ["an auth secret that is not base64url", (v) => ({ ...v, keys: { ...v.keys, auth: "!!!!!!!!!!!!!!!!!!!!!!" } }), /base64url/],
    ["no keys", (v) => ({ endpoint: v.endpoint }), /密钥/],
    ["an unknown section", (v) => ({ ...v, sections: ["zonghe", "no-such-section"] }), /没有这些栏目：no-such-section/],
    ["a malformed section", (v) => ({ ...v, sections: ["../x"] }), /栏目无效/],
  ];

  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      const body = make({ endpoint: fcmEndpoint(), keys: browserKeys() }) as { endpoint?: string };
      const response = await call("POST", body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(message);
      if (body.endpoint) expect(await db.pushSubscription.findUnique({ where: { endpoint: body.endpoint } })).toBeNull();
    });
  }

  it("refuses malformed JSON (400), another content type (415) and an oversized body (413)", async () => {
    expect((await call("POST", "{not json")).status).toBe(400);
    expect((await call("POST", "endpoint=x", { type: "application/x-www-form-urlencoded" })).status).toBe(415);
    const huge = { endpoint: fcmEndpoint(), keys: browserKeys(), sections: [], padding: "x".repeat(10_000) };
    const response = await call("POST", huge);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe("请求内容过大");
  });
});
