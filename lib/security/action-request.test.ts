import { describe, expect, it } from "vitest";
import { actionRequestRefusal, foreignActionOrigin } from "./action-request.mjs";

const SITE = "http://localhost:3000";
const ids = new Set(["7f00aa"]);
const post = (h: Record<string, string>) => ({ "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=----x", host: "localhost:3000", ...h });

describe("which server-action POSTs come from another site", () => {
  it("accepts the public address and the host the request was sent to", () => {
    expect(foreignActionOrigin({ origin: "http://localhost:3000", host: "10.0.0.7:3000" }, SITE)).toBe(false);
    expect(foreignActionOrigin({ origin: "http://127.0.0.1:3400", host: "127.0.0.1:3400" }, SITE)).toBe(false);
    // Behind the edge: the edge keeps the public host in X-Forwarded-Host.
    expect(foreignActionOrigin({ origin: "https://news.example.cn", host: "10.0.0.7:3000", "x-forwarded-host": "news.example.cn" }, SITE)).toBe(false);
  });

  it("refuses other sites, look-alike hosts, other ports and the null origin", () => {
    expect(foreignActionOrigin({ origin: "https://evil.example", host: "localhost:3000" }, SITE)).toBe(true);
    expect(foreignActionOrigin({ origin: "http://localhost:3000.evil.example", host: "localhost:3000" }, SITE)).toBe(true);
    expect(foreignActionOrigin({ origin: "http://localhost:4000", host: "localhost:3000" }, SITE)).toBe(true);
    expect(foreignActionOrigin({ origin: "null", host: "localhost:3000" }, SITE)).toBe(true);
  });

  it("leaves a request without Origin to Next's own check", () => {
    expect(foreignActionOrigin({ host: "localhost:3000" }, SITE)).toBe(false);
  });
});

describe("server-action requests refused before Next decodes them", () => {
  const refuse = (h: Record<string, string>) => actionRequestRefusal(post(h), { siteUrl: SITE, actionIds: ids });
  it("lets a well-formed form post of a known action through", () => {
    expect(refuse({ origin: "http://localhost:3000" })).toBeNull();
  });
  it("answers each malformed one in Chinese", () => {
    expect(refuse({ origin: "https://evil.example" })).toMatchObject({ status: 403, message: "请求来源不是本站，已拒绝。" });
    expect(refuse({ "next-action": "../../" })).toMatchObject({ status: 400 });
    expect(refuse({ "next-action": "7f00ab" })).toMatchObject({ status: 409, message: "页面已更新，请刷新后重试。", headers: { "x-nextjs-action-not-found": "1" } });
    expect(refuse({ "content-type": "application/json" })).toMatchObject({ status: 400, message: "请求格式不正确。" });
    expect(refuse({ "content-type": "multipart/form-data" })).toMatchObject({ status: 400 });
  });
});
