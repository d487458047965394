import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/data/articles/create-article";
import { findFeedArticles } from "@/lib/data/articles/list-feed-articles";
import { findNewsSitemapArticles } from "@/lib/data/articles/list-news-sitemap-articles";
import { countPublishedArticles, findSitemapArticles } from "@/lib/data/articles/list-sitemap-articles";
import { addViews } from "@/lib/data/views/add-views";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";

// The feeds' and sitemaps' reads, against the real test database. Test files
// share it, so each test writes into a section of its own (or a time window
// nobody else uses) and only looks at its own rows.
let counter = 0;
async function freshSection() {
  counter += 1;
  return db.section.create({ data: { slug: `feed${Date.now()}-${counter}`, name: `订阅测试${counter}` } });
}

const hour = 3_600_000;

type Status = NonNullable<Parameters<typeof createArticle>[0]["status"]>;

async function article(sectionSlug: string, title: string, publishedAt: Date, status: Status = "published") {
  return createArticle({ title, bodyHtml: `<p>${title}的正文。</p>`, summary: `${title}的摘要`, sectionSlug, status, publishedAt });
}

beforeAll(async () => {
  await seedSiteDefaults();
});

describe("findFeedArticles", () => {
  it("gives a section's published articles newest first, with summary, section and ISO dates", async () => {
    const section = await freshSection();
    const base = Date.UTC(2026, 5, 1);
    const older = await article(section.slug, "较早", new Date(base));
    const newer = await article(section.slug, "较新", new Date(base + hour));
    await article(section.slug, "草稿", new Date(base + 2 * hour), "draft");
    await article(section.slug, "撤稿", new Date(base + 3 * hour), "withdrawn");

    const items = await findFeedArticles({ sectionId: section.id });
    expect(items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(items[0]).toMatchObject({
      title: "较新",
      summary: "较新的摘要",
      publishedAt: new Date(base + hour).toISOString(),
      section: { slug: section.slug, name: section.name },
    });
    expect(Number.isNaN(Date.parse(items[0].modifiedAt))).toBe(false);
  });

  it("stops at the limit (50 by default) and spans every section without one", async () => {
    const section = await freshSection();
    const base = Date.UTC(2035, 0, 1); // later than anything else the tests publish
    for (let i = 0; i < 52; i++) await article(section.slug, `第${i}篇`, new Date(base + i * hour));
    const items = await findFeedArticles({ sectionId: section.id });
    expect(items).toHaveLength(50);
    expect(items[0].title).toBe("第51篇");
    expect((await findFeedArticles({ sectionId: section.id, limit: 3 })).map((i) => i.title)).toEqual(["第51篇", "第50篇", "第49篇"]);
    // These are the newest articles in the database: they lead the site feed.
    const site = await findFeedArticles({ limit: 2 });
    expect(site.map((i) => i.title)).toEqual(["第51篇", "第50篇"]);
  });
});

describe("findNewsSitemapArticles", () => {
  it("keeps published articles of the last 48 hours, newest first, and nothing scheduled ahead", async () => {
    const section = await freshSection();
    // A moment no other test publishes near.
    const now = new Date(Date.UTC(2031, 0, 1));
    const at = (hours: number) => new Date(now.getTime() + hours * hour);
    const recent = await article(section.slug, "一小时前", at(-1));
    const edge = await article(section.slug, "四十七小时前", at(-47));
    await article(section.slug, "四十九小时前", at(-49));
    await article(section.slug, "一小时后", at(1));
    await article(section.slug, "草稿", at(-2), "draft");

    const items = await findNewsSitemapArticles(now);
    expect(items.map((i) => i.id)).toEqual([recent.id, edge.id]);
    expect(items[0]).toEqual({ id: recent.id, title: "一小时前", publishedAt: at(-1).toISOString() });
  });
});

describe("sitemap reads", () => {
  it("count published articles only, and list them by id with their last change", async () => {
    const before = await countPublishedArticles();
    const section = await freshSection();
    const a = await article(section.slug, "甲", new Date(Date.UTC(2026, 2, 1)));
    const draft = await article(section.slug, "乙", new Date(Date.UTC(2026, 2, 2)), "draft");
    const c = await article(section.slug, "丙", new Date(Date.UTC(2020, 2, 3)));
    expect(await countPublishedArticles()).toBe(before + 2);

    const all = await findSitemapArticles({ offset: 0, limit: 1_000_000 });
    expect(all).toHaveLength(before + 2);
    const ids = all.map(([id]) => id);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(ids).toContain(a.id);
    expect(ids).toContain(c.id);
    expect(ids).not.toContain(draft.id);
    // Our two are the highest ids: the last slice of two holds them, publish dates notwithstanding.
    const tail = await findSitemapArticles({ offset: before, limit: 2 });
    expect(tail.map(([id]) => id)).toEqual([a.id, c.id]);
    const row = await db.article.findUniqueOrThrow({ where: { id: a.id }, select: { modifiedAt: true, publishedAt: true } });
    expect(tail[0][1]).toBe(Math.max(row.modifiedAt?.getTime() ?? 0, row.publishedAt!.getTime()));
    // Readers' views move updatedAt, never the sitemap's lastmod.
    await addViews([{ kind: "article", id: a.id, count: 3 }]);
    expect(await findSitemapArticles({ offset: before, limit: 2 })).toEqual(tail);
    expect(await findSitemapArticles({ offset: 0, limit: 0 })).toEqual([]);
  });
});
