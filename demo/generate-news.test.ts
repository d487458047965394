import { describe, expect, it } from "vitest";
import { demoPictureSvg, type DemoPictureTheme } from "./demo-picture";
import { type DemoArticle, generateDemoArticle, NEWS_SECTION_SLUGS } from "./generate-news";
import { createRng } from "./rng";

const SOURCES = ["贵州日报", "新华网", "多彩贵州网", "黔东南日报", "人民网贵州频道", "天眼新闻"];
const BLOCK = /^(<p>[^<>&{}]+<\/p>|<h3>[^<>&{}]+<\/h3>)$/;
const bodyText = (html: string) => html.replace(/<\/?(p|h3)>/g, "").replace(/\n/g, "");

/** Every per-article constraint of the demo content, as one function so each test can reuse it. */
function checkArticle(a: DemoArticle, slug: string) {
  const where = `${slug}: ${a.title}`;
  expect(a.sectionSlug, where).toBe(slug);

  expect(a.title.length, where).toBeGreaterThanOrEqual(12);
  expect(a.title.length, where).toBeLessThanOrEqual(30);
  expect(a.summary.length, `${where} | ${a.summary}`).toBeGreaterThanOrEqual(40);
  expect(a.summary.length, `${where} | ${a.summary}`).toBeLessThanOrEqual(90);
  for (const s of [a.title, a.subtitle, a.summary, a.dateline, ...a.reporters, ...a.tags]) {
    expect(s, where).not.toMatch(/[<>&{}]/);
  }

  const blocks = a.bodyHtml.split("\n");
  for (const b of blocks) expect(b, where).toMatch(BLOCK);
  const paragraphs = blocks.filter((b) => b.startsWith("<p>"));
  const heads = blocks.filter((b) => b.startsWith("<h3>"));
  expect(paragraphs.length, where).toBeGreaterThanOrEqual(4);
  expect(paragraphs.length, where).toBeLessThanOrEqual(9);
  expect([0, 2, 3], where).toContain(heads.length);
  for (const h of heads) {
    const text = h.slice(4, -5);
    expect(text.length, `${where} | ${text}`).toBeGreaterThanOrEqual(6);
    expect(text.length, `${where} | ${text}`).toBeLessThanOrEqual(14);
  }
  // Sub-headings sit between paragraphs, never first or last.
  expect(blocks[0].startsWith("<p>"), where).toBe(true);
  expect(blocks[blocks.length - 1].startsWith("<p>"), where).toBe(true);

  const text = bodyText(a.bodyHtml);
  expect(text.length, where).toBeGreaterThanOrEqual(300);
  expect(text.length, where).toBeLessThanOrEqual(1500);
  // No dateline or byline inside the body.
  expect(text, where).not.toMatch(/本港讯|（记者/);

  if (a.source === null) {
    expect(a.dateline, where).toBe("本港讯");
    expect(a.reporters.length, where).toBeGreaterThanOrEqual(1);
    expect(a.reporters.length, where).toBeLessThanOrEqual(3);
  } else {
    expect(SOURCES, where).toContain(a.source);
    expect(a.dateline, where).not.toBe("本港讯");
    expect(a.dateline, where).toMatch(/^(据.+|.+\d+月\d+日电)$/);
    expect(a.reporters.length, where).toBeLessThanOrEqual(2);
  }
  for (const r of a.reporters) expect(r, where).toMatch(/^[\u4e00-\u9fff]{2,3}$/);

  expect(a.tags.length, `${where} | ${a.tags}`).toBeGreaterThanOrEqual(2);
  expect(a.tags.length, where).toBeLessThanOrEqual(5);
  expect(new Set(a.tags).size, where).toBe(a.tags.length);
  for (const t of a.tags) expect(a.title + text, `${where} | tag ${t}`).toContain(t);
}

describe("generateDemoArticle", () => {
  it("is deterministic for a seed", () => {
    for (const slug of NEWS_SECTION_SLUGS) {
      expect(generateDemoArticle(createRng(42), slug)).toEqual(generateDemoArticle(createRng(42), slug));
    }
    expect(generateDemoArticle(createRng(1), "xianshi")).not.toEqual(generateDemoArticle(createRng(2), "xianshi"));
  });

  it("rejects an unknown section", () => {
    expect(() => generateDemoArticle(createRng(1), "nope")).toThrow(/unknown section/);
  });

  it.each(NEWS_SECTION_SLUGS)("writes valid %s articles", (slug) => {
    const rng = createRng(1000 + slug.length);
    const articles = Array.from({ length: 400 }, () => generateDemoArticle(rng, slug));
    for (const a of articles) checkArticle(a, slug);

    const share = (f: (a: DemoArticle) => boolean) => articles.filter(f).length / articles.length;
    if (slug === "shiting") expect(share((a) => /^(【.+】|组图：)/.test(a.title))).toBe(1);
    if (slug === "xianshi") expect(share((a) => /[县市]/.test(a.tags.join("")))).toBeGreaterThan(0.95);
    // Tags drive "related news": nearly every article must share one with another.
    const counts = new Map<string, number>();
    for (const a of articles) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    expect(share((a) => a.tags.some((t) => counts.get(t)! > 1))).toBeGreaterThan(0.97);
  });

  it("mixes own work, reprints, subtitles and sub-headings in plausible shares", () => {
    const rng = createRng(7);
    const articles = Array.from({ length: 8000 }, () => generateDemoArticle(rng, rng.pick(NEWS_SECTION_SLUGS)));
    const share = (f: (a: DemoArticle) => boolean) => articles.filter(f).length / articles.length;
    const own = share((a) => a.source === null);
    const subtitled = share((a) => a.subtitle !== "");
    const withHeads = share((a) => a.bodyHtml.includes("<h3>"));
    const reprintsWithoutReporters = articles.filter((a) => a.source !== null && a.reporters.length === 0).length;
    console.log(
      `own work ${(own * 100).toFixed(1)}%, subtitles ${(subtitled * 100).toFixed(1)}%, sub-headings ${(withHeads * 100).toFixed(1)}%`,
    );
    expect(own).toBeGreaterThan(0.7);
    expect(own).toBeLessThan(0.85);
    expect(subtitled).toBeGreaterThan(0.05);
    expect(subtitled).toBeLessThan(0.15);
    expect(withHeads).toBeGreaterThan(0.33);
    expect(withHeads).toBeLessThan(0.47);
    expect(reprintsWithoutReporters).toBeGreaterThan(0);
  });

  it("rarely repeats a title, and is fast", () => {
    const rng = createRng(2024);
    const count = 20_000;
    const titles = new Set<string>();
    const started = performance.now();
    for (let i = 0; i < count; i++) titles.add(generateDemoArticle(rng, rng.pick(NEWS_SECTION_SLUGS)).title);
    const ms = performance.now() - started;
    const ratio = titles.size / count;
    console.log(
      `${count} articles in ${ms.toFixed(0)} ms (${((ms * 1000) / count).toFixed(1)} µs/article); ` +
        `distinct titles ${(ratio * 100).toFixed(2)}%`,
    );
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});

describe("demoPictureSvg", () => {
  const themes: DemoPictureTheme[] = ["mountains", "river", "terraces", "village", "festival", "city"];

  it.each(themes)("draws a standalone %s picture", (theme) => {
    const svg = demoPictureSvg(createRng(3), 640, 360, theme);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('width="640"');
    expect(svg).toContain('height="360"');
    expect(svg).toContain('viewBox="0 0 640 360"');
    // No text, fonts, scripts or anything fetched from elsewhere.
    expect(svg).not.toMatch(/<text|<image|<script|<style|href=|font/);
    const urls = svg.match(/url\([^)]*\)/g) ?? [];
    for (const u of urls) expect(u).toMatch(/^url\(#g\d+\)$/);
    // Only the elements librsvg renders reliably.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    for (const t of tags) expect(["svg", "defs", "linearGradient", "stop", "rect", "circle", "ellipse", "path", "polygon"]).toContain(t);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("is deterministic and differs between seeds", () => {
    expect(demoPictureSvg(createRng(5), 800, 450, "village")).toBe(demoPictureSvg(createRng(5), 800, 450, "village"));
    const pictures = new Set(Array.from({ length: 10 }, (_, seed) => demoPictureSvg(createRng(seed), 800, 450)));
    expect(pictures.size).toBe(10);
    expect(demoPictureSvg(createRng(1), 800, 450, "city")).not.toBe(demoPictureSvg(createRng(2), 800, 450, "city"));
  });
});
