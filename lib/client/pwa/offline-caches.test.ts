import { describe, expect, it } from "vitest";
import { isCacheablePagePath, isMediaPath, mediaPictureKey, offlineCopyIndexPath } from "./offline-caches";

describe("offline cache rules", () => {
  it("never keeps newsroom or API pages", () => {
    for (const p of ["/newsroom", "/newsroom/articles/3", "/api/auth/session", "/api"]) expect(isCacheablePagePath(p), p).toBe(false);
    for (const p of ["/", "/article/12", "/news/xianshi/page/2", "/favorites", "/newsroomx", "/apis"]) expect(isCacheablePagePath(p), p).toBe(true);
  });

  it("recognises stored picture variants and their picture", () => {
    expect(isMediaPath("/media/ab/cd-640.webp")).toBe(true);
    expect(isMediaPath("/article/1")).toBe(false);
    expect(isMediaPath("/media/av/3f2a9c.mp4"), "音视频不经缓存").toBe(false);
    expect(mediaPictureKey("/media/2026/abc123-640.webp")).toBe("/media/2026/abc123");
    expect(mediaPictureKey("/media/2026/abc123-1280.avif")).toBe("/media/2026/abc123");
    expect(mediaPictureKey("/media/2026/abc123.webp")).toBeNull();
    expect(mediaPictureKey("/other/abc-640.webp")).toBeNull();
    expect(mediaPictureKey("/media/../x/abc-640.webp")).toBeNull();
  });

  it("keys an offline copy's index by article id", () => {
    expect(offlineCopyIndexPath(42)).toBe("/__offline-favorites/42");
  });
});
