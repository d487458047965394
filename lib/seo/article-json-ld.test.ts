import { describe, expect, it } from "vitest";
import type { ArticleView } from "@/lib/view-types";
import { articleSocialMetadata } from "./article-metadata";
import { MAX_HEADLINE_LENGTH, articleJsonLd, serializeJsonLd } from "./article-json-ld";

const SITE = { siteName: "黔东南信息港", siteUrl: "https://www.qdnrbs.cn", logoUrl: "/icons/icon-512.png" };

function article(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    id: 218,
    title: "凯里至黄平高速公路全线通车",
    subtitle: "",
    summary: "全长 78 公里，凯里到黄平从两小时缩短到四十分钟。",
    // 02:26:15 UTC is 10:26:15 in Beijing; the tests run in America/New_York.
    publishedAt: "2026-08-21T02:26:15.000Z",
    modifiedAt: "2026-08-21T05:00:00.000Z",
    corrections: [],
    section: { id: 4, slug: "xianshi", name: "县市" },
    cover: {
      key: "cover-abc",
      width: 1600,
      height: 900,
      widths: [320, 640, 960, 1280],
      format: "webp",
      alt: "通车仪式现场",
      caption: "",
      credit: "",
      hasAvif: false,
    },
    isBreaking: false,
    viewCount: 10,
    bodyHtml: "<p>正文</p>",
    dateline: "本港讯",
    reporters: ["周重新", "杨光勇"],
    source: null,
    editorName: "张编辑",
    tags: ["交通", "高速公路"],
    ...overrides,
  };
}

describe("articleJsonLd", () => {
  it("describes the article as a schema.org NewsArticle", () => {
    const ld = articleJsonLd({ article: article(), url: "/article/218", ...SITE });
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("凯里至黄平高速公路全线通车");
    expect(ld.description).toBe("全长 78 公里，凯里到黄平从两小时缩短到四十分钟。");
    expect(ld.url).toBe("https://www.qdnrbs.cn/article/218");
    expect(ld.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": "https://www.qdnrbs.cn/article/218" });
    expect(ld.articleSection).toBe("县市");
    expect(ld.keywords).toEqual(["交通", "高速公路"]);
    expect(ld.inLanguage).toBe("zh-CN");
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.author).toEqual([
      { "@type": "Person", name: "周重新" },
      { "@type": "Person", name: "杨光勇" },
    ]);
    expect(ld.publisher).toEqual({
      "@type": "Organization",
      name: "黔东南信息港",
      url: "https://www.qdnrbs.cn/",
      logo: { "@type": "ImageObject", url: "https://www.qdnrbs.cn/icons/icon-512.png" },
    });
  });

  it("dates the article in China Standard Time with the +08:00 offset", () => {
    const ld = articleJsonLd({ article: article(), url: "/article/218", ...SITE });
    expect(ld.datePublished).toBe("2026-08-21T10:26:15+08:00");
    expect(ld.dateModified).toBe("2026-08-21T13:00:00+08:00");
  });

  it("never dates a modification before the publication", () => {
    // Edited, then published later by the scheduler.
    const ld = articleJsonLd({ article: article({ modifiedAt: "2026-08-20T00:00:00.000Z" }), url: "/article/218", ...SITE });
    expect(ld.dateModified).toBe(ld.datePublished);
  });

  it("lists up to three of the cover's larger variants as absolute URLs, largest first", () => {
    const ld = articleJsonLd({ article: article(), url: "/article/218", ...SITE });
    expect(ld.image).toEqual([
      "https://www.qdnrbs.cn/media/cover-abc-1280.webp",
      "https://www.qdnrbs.cn/media/cover-abc-960.webp",
      "https://www.qdnrbs.cn/media/cover-abc-640.webp",
    ]);
    for (const url of ld.image ?? []) expect(new URL(url).protocol).toBe("https:");
  });

  it("takes the largest variant of a small cover, and no image without one", () => {
    const small = article({ cover: { ...article().cover!, width: 500, height: 300, widths: [320, 500] } });
    expect(articleJsonLd({ article: small, url: "/article/218", ...SITE }).image).toEqual(["https://www.qdnrbs.cn/media/cover-abc-500.webp"]);
    expect(articleJsonLd({ article: article({ cover: null }), url: "/article/218", ...SITE })).not.toHaveProperty("image");
  });

  it("credits the site as an Organization when there are no reporters", () => {
    const ld = articleJsonLd({ article: article({ reporters: [] }), url: "/article/218", ...SITE });
    expect(ld.author).toEqual({ "@type": "Organization", name: "黔东南信息港", url: "https://www.qdnrbs.cn/" });
  });

  it("credits the source of a reprint without reporters", () => {
    const reprint = article({ reporters: [" "], source: { name: "贵州日报", url: "https://www.gzrbs.com.cn/" } });
    const ld = articleJsonLd({ article: reprint, url: "/article/218", ...SITE });
    expect(ld.author).toEqual({ "@type": "Organization", name: "贵州日报", url: "https://www.gzrbs.com.cn/" });
  });

  it("cuts headlines longer than 110 characters without splitting a character", () => {
    const long = "黔".repeat(150);
    const ld = articleJsonLd({ article: article({ title: long }), url: "/article/218", ...SITE });
    expect(Array.from(ld.headline)).toHaveLength(MAX_HEADLINE_LENGTH);
    expect(ld.headline.endsWith("…")).toBe(true);
    const emoji = articleJsonLd({ article: article({ title: "😀".repeat(120) }), url: "/article/218", ...SITE });
    expect(Array.from(emoji.headline)).toHaveLength(MAX_HEADLINE_LENGTH);
    expect(emoji.headline).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("omits empty keywords and description", () => {
    const ld = articleJsonLd({ article: article({ tags: [], summary: "", subtitle: "" }), url: "/article/218", ...SITE });
    expect(ld).not.toHaveProperty("keywords");
    expect(ld).not.toHaveProperty("description");
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of by a title containing </script>", () => {
    const title = '标题</script><script>alert("x")</script><!-- & more';
    const json = serializeJsonLd(articleJsonLd({ article: article({ title, summary: "a < b > c" }), url: "/article/218", ...SITE }));
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).not.toMatch(/<\/script/i);
    expect(json).toContain("\\u003c/script\\u003e");
    // …and reads back to exactly the same data.
    const parsed = JSON.parse(json);
    expect(parsed.headline).toBe(title);
    expect(parsed.description).toBe("a < b > c");
  });

  it("escapes the line separators that some parsers take for line ends", () => {
    const json = serializeJsonLd({ text: "a\u2028b\u2029c" });
    expect(json).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json).text).toBe("a\u2028b\u2029c");
  });
});

describe("articleSocialMetadata", () => {
  it("makes an article Open Graph card with the cover's share-sized variant", () => {
    const { openGraph, twitter } = articleSocialMetadata(article(), "/article/218");
    expect(openGraph).toMatchObject({
      type: "article",
      locale: "zh_CN",
      siteName: "黔东南信息港",
      title: "凯里至黄平高速公路全线通车",
      url: "/article/218",
      publishedTime: "2026-08-21T10:26:15+08:00",
      modifiedTime: "2026-08-21T13:00:00+08:00",
      section: "县市",
      tags: ["交通", "高速公路"],
      images: [{ url: "/media/cover-abc-1280.webp", width: 1280, height: 720, alt: "通车仪式现场", type: "image/webp" }],
    });
    expect(twitter).toMatchObject({ card: "summary_large_image", images: [{ url: "/media/cover-abc-1280.webp", width: 1280, height: 720 }] });
  });

  it("falls back to the site logo and a summary card without a cover", () => {
    const { openGraph, twitter } = articleSocialMetadata(article({ cover: null }), "/article/218", { siteName: "某信息港" });
    expect(openGraph).toMatchObject({ siteName: "某信息港", images: [{ url: "/icons/icon-512.png", width: 512, height: 512 }] });
    expect(twitter).toMatchObject({ card: "summary" });
  });
});
