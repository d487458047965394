import { describe, expect, it } from "vitest";
import { articlesToFetch, editionArticles, estimatedBytes, formatBytes, HOME_HTML_BYTES_ESTIMATE, MAX_EDITION_ARTICLES, type EditionArticle } from "./edition-plan";

const article = (id: number, modifiedAt = "2026-12-07T01:00:00.000Z", bytes = 100_000): EditionArticle => ({ id, url: `/article/${id}`, title: `文章${id}`, modifiedAt, bytes });

describe("editionArticles", () => {
  it("puts the homepage's stories first, then three of each followed section, each article once", () => {
    const homepage = [article(1), article(2)];
    const followed = [[article(2), article(3), article(4), article(5)], [article(6)]];
    expect(editionArticles(homepage, followed).map((a) => a.id)).toEqual([1, 2, 3, 4, 6]);
  });

  it("never holds more than the cap", () => {
    const many = Array.from({ length: 20 }, (_, i) => Array.from({ length: 3 }, (_, j) => article(100 + i * 3 + j)));
    expect(editionArticles([], many)).toHaveLength(MAX_EDITION_ARTICLES);
  });
});

describe("articlesToFetch", () => {
  it("fetches what is not stored or has changed since, and nothing else", () => {
    const stored = new Map([
      [1, "2026-12-07T01:00:00.000Z"],
      [2, "2026-12-06T01:00:00.000Z"],
    ]);
    expect(articlesToFetch([article(1), article(2), article(3)], stored).map((a) => a.id)).toEqual([2, 3]);
  });
});

describe("sizes", () => {
  it("adds up the estimates and says them as a reader reads them", () => {
    expect(estimatedBytes([article(1, undefined, 1_000_000), article(2, undefined, 600_000)])).toBe(HOME_HTML_BYTES_ESTIMATE + 1_600_000);
    expect(formatBytes(1_600_000)).toBe("1.5 MB");
    expect(formatBytes(300 * 1024)).toBe("300 KB");
    expect(formatBytes(10)).toBe("1 KB");
  });
});
