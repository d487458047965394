import { describe, expect, it } from "vitest";
import { followFeedHref, isFollowFeedPath, type FollowFeed } from "@/lib/follows/follow-feed";
import { allItemKeys, followNews, newSinceSeen } from "./follow-news";

const item = (key: string, publishedAt: string) => ({ key, title: `标题 ${key}`, href: `/x/${key}`, publishedAt });
const section: FollowFeed = {
  kind: "section",
  slug: "kaili",
  name: "凯里新闻",
  href: "/news/kaili",
  items: [item("article:3", "2026-12-07T03:00:00.000Z"), item("article:2", "2026-12-06T03:00:00.000Z"), item("article:1", "2026-12-01T03:00:00.000Z")],
};
const topic: FollowFeed = {
  kind: "topic",
  slug: "miaonian",
  name: "苗年",
  href: "/topics/miaonian",
  items: [item("photos:9", "2026-12-06T12:00:00.000Z"), item("article:2", "2026-12-06T03:00:00.000Z")],
};

describe("followNews", () => {
  it("lists everything followed newest first, each item once, cut to the limit", () => {
    const news = followNews([{ feed: section, followedAt: "2026-01-01T00:00:00.000Z" }, { feed: topic, followedAt: "2026-01-01T00:00:00.000Z" }], [], 3);
    expect(news.map((n) => n.key)).toEqual(["article:3", "photos:9", "article:2"]);
    expect(news.map((n) => n.source)).toEqual(["凯里新闻", "苗年", "凯里新闻"]);
  });

  it("marks 新 only what appeared after following and the homepage has not shown", () => {
    const news = followNews([{ feed: section, followedAt: "2026-12-05T00:00:00.000Z" }], ["article:2"], 10);
    expect(news.map((n) => [n.key, n.isNew])).toEqual([
      ["article:3", true],
      ["article:2", false],
      ["article:1", false],
    ]);
  });

  it("an item new through one source is new, whichever source listed it first", () => {
    const news = followNews([{ feed: section, followedAt: "2026-12-07T00:00:00.000Z" }, { feed: topic, followedAt: "2026-12-01T00:00:00.000Z" }], [], 10);
    expect(news.find((n) => n.key === "article:2")?.isNew).toBe(true);
  });
});

describe("newSinceSeen", () => {
  it("counts the items a topic did not hold when last opened", () => {
    expect(newSinceSeen(topic, ["article:2"])).toBe(1);
    expect(newSinceSeen(topic, ["article:2", "photos:9"])).toBe(0);
  });

  it("is 0 when nothing was remembered", () => {
    expect(newSinceSeen(topic, undefined)).toBe(0);
  });
});

describe("allItemKeys", () => {
  it("holds each key once", () => {
    expect(allItemKeys([{ feed: section, followedAt: "" }, { feed: topic, followedAt: "" }]).sort()).toEqual(["article:1", "article:2", "article:3", "photos:9"]);
  });
});

describe("isFollowFeedPath", () => {
  it("knows a section's and a topic's list, and nothing else", () => {
    expect(isFollowFeedPath(followFeedHref("section", "xianshi"))).toBe(true);
    expect(isFollowFeedPath(followFeedHref("topic", "miao-nian-2026"))).toBe(true);
    for (const path of ["/news/xianshi", "/news/xianshi/rss.xml", "/newsroom/x/latest.json", "/news/../latest.json", "/api/latest.json"]) {
      expect(isFollowFeedPath(path), path).toBe(false);
    }
  });
});
