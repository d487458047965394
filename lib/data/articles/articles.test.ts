import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { createArticle } from "./create-article";
import { findPublishedArticle } from "./get-article";
import { findNeighbours } from "./get-neighbours";
import { findRelatedArticles } from "./get-related";
import { findArticlePage } from "./list-articles";

// Against the real (migrated) SQLite test database. Each test writes its own
// articles into a section of its own, so tests do not see each other's rows.
let sectionCounter = 0;
async function freshSection() {
  sectionCounter += 1;
  return db.section.create({ data: { slug: `t${Date.now()}-${sectionCounter}`, name: `测试${sectionCounter}` } });
}

const minute = 60_000;
const base = Date.UTC(2026, 10, 1, 0, 0, 0);

async function publish(sectionSlug: string, title: string, minutes: number, extra: Partial<Parameters<typeof createArticle>[0]> = {}) {
  return createArticle({
    title,
    bodyHtml: `<p>${title}的正文。</p>`,
    sectionSlug,
    status: "published",
    publishedAt: new Date(base + minutes * minute),
    ...extra,
  });
}

beforeAll(async () => {
  await seedSiteDefaults();
});

describe("createArticle", () => {
  it("stores a sanitized body, the byline in order, tags and the source", async () => {
    const section = await freshSection();
    const { id } = await createArticle({
      title: "  凯里举办民族文化周  ",
      bodyHtml: '<p onclick="x()">开幕<script>alert(1)</script></p><h3>亮点</h3><p>长桌宴。</p>',
      sectionSlug: section.slug,
      source: "贵州日报",
      dateline: "本港讯",
      reporters: ["杨光", "吴敏", "杨光"],
      tags: ["凯里", "民族文化"],
      status: "published",
      publishedAt: new Date(base),
    });
    const article = await findPublishedArticle(id);
    expect(article).not.toBeNull();
    expect(article!.title).toBe("凯里举办民族文化周");
    expect(article!.bodyHtml).toBe("<p>开幕</p><h3>亮点</h3><p>长桌宴。</p>");
    expect(article!.reporters).toEqual(["杨光", "吴敏"]);
    expect(article!.tags.sort()).toEqual(["凯里", "民族文化"].sort());
    expect(article!.source).toEqual({ name: "贵州日报", url: "" });
    // No summary given: the first sentences of the body.
    expect(article!.summary).toBe("开幕 亮点 长桌宴。");
  });

  it("refuses invalid input and unknown sections without writing anything", async () => {
    const before = await db.article.count();
    await expect(createArticle({ title: "", sectionSlug: "quanzhou" })).rejects.toThrow(/标题/);
    await expect(createArticle({ title: "标".repeat(101), sectionSlug: "quanzhou" })).rejects.toThrow(/100/);
    await expect(createArticle({ title: "好标题", sectionSlug: "no-such-section" })).rejects.toThrow(/未知栏目/);
    await expect(createArticle({ title: "好标题", sectionSlug: "../etc" })).rejects.toThrow(/栏目/);
    expect(await db.article.count()).toBe(before);
  });
});

describe("reading published articles", () => {
  it("hides drafts and withdrawn articles and rejects malformed ids", async () => {
    const section = await freshSection();
    const draft = await createArticle({ title: "草稿", sectionSlug: section.slug, status: "draft" });
    const withdrawn = await createArticle({ title: "撤稿", sectionSlug: section.slug, status: "withdrawn" });
    expect(await findPublishedArticle(draft.id)).toBeNull();
    expect(await findPublishedArticle(withdrawn.id)).toBeNull();
    expect(await findPublishedArticle(0)).toBeNull();
    expect(await findPublishedArticle(Number.NaN)).toBeNull();
    expect(await findPublishedArticle(99_999_999)).toBeNull();
  });

  it("pages a section newest first and says when a page is past the end", async () => {
    const section = await freshSection();
    for (let i = 0; i < 5; i++) await publish(section.slug, `分页${i}`, i);
    await createArticle({ title: "未发布", sectionSlug: section.slug, status: "draft" });

    const first = await findArticlePage({ sectionId: section.id, page: 1, perPage: 2 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 5 });
    expect(first!.items.map((a) => a.title)).toEqual(["分页4", "分页3"]);
    const last = await findArticlePage({ sectionId: section.id, page: 3, perPage: 2 });
    expect(last!.items.map((a) => a.title)).toEqual(["分页0"]);
    expect(await findArticlePage({ sectionId: section.id, page: 4, perPage: 2 })).toBeNull();
    expect(await findArticlePage({ sectionId: section.id, page: 0 })).toBeNull();
  });

  it("an empty section has one empty page", async () => {
    const section = await freshSection();
    expect(await findArticlePage({ sectionId: section.id, page: 1 })).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(await findArticlePage({ sectionId: section.id, page: 2 })).toBeNull();
  });
});

describe("上一篇 / 下一篇", () => {
  it("walks the section in publish order, ties broken by id, and stays in the section", async () => {
    const section = await freshSection();
    const other = await freshSection();
    const a = await publish(section.slug, "甲", 0);
    await publish(other.slug, "别的栏目", 1);
    const b = await publish(section.slug, "乙", 2);
    const c = await publish(section.slug, "丙", 2); // same second as 乙
    await createArticle({ title: "草稿", sectionSlug: section.slug, status: "draft", publishedAt: new Date(base + 3 * minute) });
    const d = await publish(section.slug, "丁", 4);

    const at = (id: number, minutes: number) => ({
      id,
      sectionId: section.id,
      sectionSlug: section.slug,
      publishedAt: new Date(base + minutes * minute).toISOString(),
    });
    expect(await findNeighbours(at(a.id, 0))).toMatchObject({ previous: null, next: { title: "乙" } });
    expect(await findNeighbours(at(b.id, 2))).toMatchObject({ previous: { title: "甲" }, next: { title: "丙" } });
    expect(await findNeighbours(at(c.id, 2))).toMatchObject({ previous: { title: "乙" }, next: { title: "丁" } });
    expect(await findNeighbours(at(d.id, 4))).toMatchObject({ previous: { title: "丙" }, next: null });
  });
});

describe("相关新闻", () => {
  it("ranks by shared terms, never includes the article itself, and is never empty while the section has others", async () => {
    const section = await freshSection();
    const other = await freshSection();
    const self = await publish(section.slug, "雷山苗年开幕", 10, { tags: ["雷山", "苗年", "旅游"] });
    const two = await publish(other.slug, "雷山苗年游客增多", 1, { tags: ["雷山", "苗年"] });
    const one = await publish(section.slug, "雷山新建公路", 2, { tags: ["雷山"] });
    const none = await publish(section.slug, "无关的新闻", 3);
    await createArticle({ title: "雷山苗年草稿", sectionSlug: section.slug, status: "draft", tags: ["雷山", "苗年", "旅游"] });

    const related = await findRelatedArticles({ id: self.id, sectionId: section.id, sectionSlug: section.slug, tags: ["雷山", "苗年", "旅游"], limit: 6 });
    const ids = related.map((r) => r.id);
    expect(ids).not.toContain(self.id);
    expect(ids.slice(0, 2)).toEqual([two.id, one.id]);
    expect(ids).toContain(none.id);
    expect(related.map((r) => r.title)).not.toContain("雷山苗年草稿");

    const untagged = await findRelatedArticles({ id: none.id, sectionId: section.id, sectionSlug: section.slug, tags: [] });
    expect(untagged.length).toBeGreaterThan(0);
    expect(untagged.map((r) => r.id)).not.toContain(none.id);
  });
});

