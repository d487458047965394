import { describe, expect, it } from "vitest";
import type { MediaItemView } from "@/lib/view-types";
import { serializeJsonLd } from "./article-json-ld";
import { mediaJsonLd } from "./media-json-ld";

const SITE = { siteName: "黔东南信息港", siteUrl: "https://www.qdnrbs.cn" };

function item(overrides: Partial<MediaItemView> = {}): MediaItemView {
  return {
    id: 7,
    kind: "video",
    title: "雷山苗年节长桌宴",
    summary: "千人长桌宴在西江举行。",
    // 02:26:15 UTC is 10:26:15 in Beijing; the tests run in America/New_York.
    publishedAt: "2026-11-20T02:26:15.000Z",
    durationSeconds: 192,
    poster: { key: "poster-7", width: 1280, height: 720, widths: [320, 640, 1280], format: "webp", alt: "", caption: "", credit: "", hasAvif: false },
    section: { slug: "shiting", name: "视听" },
    fileName: "a1b2c3.mp4",
    mimeType: "video/mp4",
    fileSize: 120_000,
    subtitlesFile: "",
    subtitlesLang: "zh-CN",
    updatedAt: "2026-11-20T03:00:00.000Z",
    ...overrides,
  };
}

describe("VideoObject / AudioObject", () => {
  it("describes a video with absolute file, page and poster URLs, China-time date and ISO length", () => {
    const data = mediaJsonLd({ item: item(), url: "/video/7", ...SITE });
    expect(data).toMatchObject({
      "@type": "VideoObject",
      name: "雷山苗年节长桌宴",
      description: "千人长桌宴在西江举行。",
      url: "https://www.qdnrbs.cn/video/7",
      contentUrl: "https://www.qdnrbs.cn/media/av/a1b2c3.mp4",
      encodingFormat: "video/mp4",
      uploadDate: "2026-11-20T10:26:15+08:00",
      duration: "PT3M12S",
      thumbnailUrl: ["https://www.qdnrbs.cn/media/poster-7-1280.webp"],
      inLanguage: "zh-CN",
    });
  });

  it("makes audio an AudioObject, and leaves out what the item lacks", () => {
    const data = mediaJsonLd({ item: item({ kind: "audio", mimeType: "audio/mp4", fileName: "x.m4a", poster: null, durationSeconds: 0, summary: " " }), url: "/video/7", ...SITE });
    expect(data["@type"]).toBe("AudioObject");
    expect(data.description).toBe("雷山苗年节长桌宴");
    expect(data).not.toHaveProperty("thumbnailUrl");
    expect(data).not.toHaveProperty("duration");
  });

  it("cannot be closed early by a title", () => {
    const json = serializeJsonLd(mediaJsonLd({ item: item({ title: "</script><script>alert(1)</script>" }), url: "/video/7", ...SITE }));
    expect(json).not.toContain("</script");
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>");
  });
});
