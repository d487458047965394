import { describe, expect, it } from "vitest";
import { notificationFromPush, windowShowing } from "./push-notification";

const origin = "https://www.qdnews.example";

describe("the notification a push message becomes", () => {
  it("shows the article's title, text and link", () => {
    const message = JSON.stringify({ title: "凯里暴雨预警", body: "请注意防范。", url: `${origin}/article/7`, tag: "article-7", icon: "/icons/icon-192.png" });
    expect(notificationFromPush(message, origin)).toEqual({
      title: "凯里暴雨预警",
      body: "请注意防范。",
      url: `${origin}/article/7`,
      tag: "article-7",
      icon: `${origin}/icons/icon-192.png`,
    });
  });

  it("falls back to Chinese defaults and never links to another site", () => {
    expect(notificationFromPush("not json", origin)).toMatchObject({ title: "黔东南信息港", url: `${origin}/` });
    expect(notificationFromPush(null, origin).body).toMatch(/新闻/);
    const foreign = notificationFromPush(JSON.stringify({ title: "x", url: "https://evil.example/", icon: "https://evil.example/i.png" }), origin);
    expect(foreign.url).toBe(`${origin}/`);
    expect(foreign.icon).toBe(`${origin}/icons/icon-192.png`);
  });

  it("finds a window already on the article", () => {
    const windows = [{ url: `${origin}/` }, { url: `${origin}/article/7#comments` }];
    expect(windowShowing(windows, `${origin}/article/7`)).toBe(windows[1]);
    expect(windowShowing(windows, `${origin}/article/8`)).toBeUndefined();
    // A push opens its article with a marker for the view counter; an open tab without it still matches.
    expect(windowShowing(windows, `${origin}/article/7?from=push`)).toBe(windows[1]);
  });
});
