import { describe, expect, it } from "vitest";
import { siteSettingsSchema } from "@/lib/validation/site-settings";
import { policeRecordUrl } from "./registry-links";
import { absoluteUrl, resolveSiteUrl, siteUrlWarning } from "./site-url";

describe("the site's public address", () => {
  it("takes SITE_URL first, then 网站地址, then localhost on the server's port", () => {
    expect(resolveSiteUrl({ envUrl: "https://www.qdn.example/", settingUrl: "https://other.example", port: "3900" })).toEqual({
      url: "https://www.qdn.example",
      source: "env",
    });
    expect(resolveSiteUrl({ settingUrl: "https://news.qdn.example", port: "3900" })).toEqual({ url: "https://news.qdn.example", source: "setting" });
    expect(resolveSiteUrl({ settingUrl: "", port: "3900" })).toEqual({ url: "http://localhost:3900", source: "port" });
    expect(resolveSiteUrl({}).url).toBe("http://localhost:3000");
  });

  it("makes paths absolute against it", () => {
    expect(absoluteUrl("/article/7", "https://news.qdn.example")).toBe("https://news.qdn.example/article/7");
  });

  it("warns at start only when links would say localhost, naming the address and the fix", () => {
    const warning = siteUrlWarning(resolveSiteUrl({ port: "3900" }));
    expect(warning).toContain("http://localhost:3900");
    expect(warning).toContain("SITE_URL");
    expect(warning).toContain("/newsroom/settings");
    expect(warning?.split("\n")).toHaveLength(1);
    expect(siteUrlWarning(resolveSiteUrl({ settingUrl: "https://news.qdn.example" }))).toBeNull();
    expect(siteUrlWarning(resolveSiteUrl({ envUrl: "https://news.qdn.example" }))).toBeNull();
  });

  it("accepts 网站地址 as an http(s) origin and explains anything else", () => {
    const base = { siteName: "黔东南信息港" };
    expect(siteSettingsSchema.parse({ ...base, siteUrl: " https://News.QDN.example/path/ " }).siteUrl).toBe("https://news.qdn.example");
    expect(siteSettingsSchema.parse({ ...base, siteUrl: "" }).siteUrl).toBe("");
    for (const bad of ["news.qdn.example", "javascript:alert(1)", "ftp://x.example"]) {
      const result = siteSettingsSchema.safeParse({ ...base, siteUrl: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0].message).toContain("网站地址");
    }
  });
});

describe("registry links", () => {
  it("links a 公安备案号 to its own record", () => {
    expect(policeRecordUrl("黔公网安备52260102000001号")).toBe("https://beian.mps.gov.cn/#/query/webSearch?code=52260102000001");
    expect(policeRecordUrl("备案中")).toBe("https://beian.mps.gov.cn/");
  });
});
