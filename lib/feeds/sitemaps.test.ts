import { describe, expect, it } from "vitest";
import { sitemapCount, sitemapSlice, URLS_PER_SITEMAP } from "./sitemap-chunks";
import { buildNewsSitemap, buildSitemapIndex, NEWS_SITEMAP_MAX } from "./sitemaps";
import { wellFormedProblems } from "./xml-check";

describe("splitting into sitemaps", () => {
  it("needs one sitemap until the fixed pages and articles pass 45,000", () => {
    expect(URLS_PER_SITEMAP).toBe(45_000);
    expect(sitemapCount(10, 0)).toBe(1);
    expect(sitemapCount(10, 44_990)).toBe(1);
    expect(sitemapCount(10, 44_991)).toBe(2);
    expect(sitemapCount(10, 100_000)).toBe(3);
  });

  it("puts the fixed pages in the first sitemap and every article in exactly one", () => {
    const size = 100;
    const fixed = 10;
    const articles = 305;
    const count = sitemapCount(fixed, articles, size);
    expect(count).toBe(4);
    const seen: number[] = [];
    for (let id = 0; id < count; id++) {
      const s = sitemapSlice(id, fixed, size);
      expect(s.includesFixed).toBe(id === 0);
      const taken = Math.max(0, Math.min(s.articleLimit, articles - s.articleOffset));
      expect(taken + (s.includesFixed ? fixed : 0)).toBeLessThanOrEqual(size);
      for (let i = 0; i < taken; i++) seen.push(s.articleOffset + i);
    }
    expect(seen).toEqual(Array.from({ length: articles }, (_, i) => i));
    expect(sitemapSlice(0, fixed, size)).toEqual({ includesFixed: true, articleOffset: 0, articleLimit: 90 });
    expect(sitemapSlice(1, fixed, size)).toEqual({ includesFixed: false, articleOffset: 90, articleLimit: 100 });
  });
});

describe("buildNewsSitemap", () => {
  const item = { url: "http://localhost:3000/article/9", title: "凯里 & <雷山>", publishedAt: new Date("2026-11-29T01:02:03Z") };

  it("writes Google News entries with the publication, China-time dates and escaped titles", () => {
    const xml = buildNewsSitemap({ publicationName: "黔东南信息港", items: [item] });
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain("<loc>http://localhost:3000/article/9</loc>");
    expect(xml).toContain("<news:publication><news:name>黔东南信息港</news:name><news:language>zh-cn</news:language></news:publication>");
    expect(xml).toContain("<news:publication_date>2026-11-29T09:02:03+08:00</news:publication_date>");
    expect(xml).toContain("<news:title>凯里 &amp; &lt;雷山&gt;</news:title>");
    expect(wellFormedProblems(xml)).toEqual([]);
  });

  it("stops at 1,000 entries", () => {
    const xml = buildNewsSitemap({ publicationName: "x", items: Array.from({ length: 1005 }, () => item) });
    expect(xml.match(/<news:news>/g)).toHaveLength(NEWS_SITEMAP_MAX);
  });
});

describe("buildSitemapIndex", () => {
  it("lists the sitemaps by absolute URL", () => {
    const xml = buildSitemapIndex([
      { url: "http://localhost:3000/sitemap/0.xml" },
      { url: "http://localhost:3000/sitemap/1.xml", lastModified: new Date("2026-11-29T00:00:00Z") },
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>http://localhost:3000/sitemap/0.xml</loc></sitemap>");
    expect(xml).toContain("<sitemap><loc>http://localhost:3000/sitemap/1.xml</loc><lastmod>2026-11-29T00:00:00.000Z</lastmod></sitemap>");
    expect(wellFormedProblems(xml)).toEqual([]);
  });
});
