import { describe, expect, it } from "vitest";
import { classifyDevice } from "./device-class";
import { classifyReferrer } from "./referrer-class";
import { parseStatsRange } from "./stats-range";
import { dayLabel, dayOf, hourLabel, hourOf, parseDayLabel } from "./time-buckets";

const site = { siteHosts: ["www.qdnrm.cn", "localhost"], userAgent: "Mozilla/5.0", from: "" };

describe("referrer classes", () => {
  it("knows the app's own browsers when they send no referrer", () => {
    expect(classifyReferrer({ ...site, referrer: "", userAgent: "Mozilla/5.0 (iPhone) Mobile/15E148 MicroMessenger/8.0.49" }).cls).toBe("wechat");
    expect(classifyReferrer({ ...site, referrer: "", userAgent: "Mozilla/5.0 (Linux; Android 13) NewsArticle/9.8.7 JsSdk/2.0" }).cls).toBe("toutiao");
    expect(classifyReferrer({ ...site, referrer: "", userAgent: "Mozilla/5.0 (Linux; Android 13) aweme_270000 JsSdk/1.0" }).cls).toBe("douyin");
    expect(classifyReferrer({ ...site, referrer: "" }).cls).toBe("direct");
  });

  it("tells this site, 微信's qq.com hosts from QQ's, and other sites by host", () => {
    expect(classifyReferrer({ ...site, referrer: "https://qdnrm.cn/news" }).cls).toBe("internal");
    expect(classifyReferrer({ ...site, referrer: "https://mp.weixin.qq.com/s/x" }).cls).toBe("wechat");
    expect(classifyReferrer({ ...site, referrer: "https://new.qq.com/rain/a" }).cls).toBe("qq");
    expect(classifyReferrer({ ...site, referrer: "https://notbaidu.com/" })).toEqual({ cls: "other", host: "notbaidu.com" });
    expect(classifyReferrer({ ...site, referrer: "javascript:alert(1)" }).cls).toBe("direct");
    expect(classifyReferrer({ ...site, referrer: "https://m.baidu.com/", from: "push" }).cls).toBe("push");
  });
});

describe("device classes", () => {
  it("phones, tablets (Android without Mobile, iPad, a touch Mac) and desktops", () => {
    expect(classifyDevice("Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36")).toBe("phone");
    expect(classifyDevice("Mozilla/5.0 (Linux; Android 14; SM-X710) Safari/537.36")).toBe("tablet");
    expect(classifyDevice("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15", true)).toBe("tablet");
    expect(classifyDevice("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15")).toBe("desktop");
  });
});

describe("time buckets and ranges", () => {
  it("counts days in China time", () => {
    // 2026-12-06 23:30 in Beijing is 15:30 UTC the same day; 00:30 the next day is 16:30 UTC.
    expect(dayLabel(dayOf(Date.parse("2026-12-06T15:30:00Z")))).toBe("2026-12-06");
    expect(dayLabel(dayOf(Date.parse("2026-12-06T16:30:00Z")))).toBe("2026-12-07");
    expect(hourLabel(hourOf(Date.parse("2026-12-06T16:30:00Z")))).toBe("12-07 00:00");
    expect(parseDayLabel("2026-02-30")).toBeNull();
  });

  it("parses ranges and falls back to today on anything malformed", () => {
    const now = Date.parse("2026-12-06T04:00:00Z");
    const today = dayOf(now);
    expect(parseStatsRange({ range: "7d" }, now)).toMatchObject({ from: today - 6, to: today, byHour: false, previousFrom: today - 13, previousTo: today - 7 });
    expect(parseStatsRange({ range: "today" }, now)).toMatchObject({ from: today, to: today, byHour: true });
    expect(parseStatsRange({ range: "custom", from: "2026-12-01", to: "2026-12-02" }, now)).toMatchObject({ from: today - 5, to: today - 4, byHour: true });
    for (const bad of [{ range: "custom", from: "2026-12-09", to: "2026-12-10" }, { range: "custom", from: "x" }, { range: "<script>" }]) {
      expect(parseStatsRange(bad, now)).toMatchObject({ from: today, to: today });
    }
  });
});
