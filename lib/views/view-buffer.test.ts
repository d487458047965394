import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/lib/demo/seed-demo";
import { countView, flushViews } from "./view-buffer";

// Against the real test database: counted views must reach the article row.
async function article(status: "published" | "draft" | "withdrawn") {
  const section = await db.section.create({ data: { slug: `views-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, name: "浏览" } });
  const { id } = await createArticle({
    title: `浏览计数${status}`,
    bodyHtml: "<p>正文</p>",
    sectionSlug: section.slug,
    status,
    publishedAt: new Date(),
  });
  return id;
}

async function viewCountOf(id: number) {
  return (await db.article.findUniqueOrThrow({ where: { id }, select: { viewCount: true } })).viewCount;
}

beforeAll(async () => {
  await seedSiteDefaults();
});

describe("view counting", () => {
  it("adds views from different readers in one batch", async () => {
    const id = await article("published");
    expect(countView("article", id, "reader-a")).toBe(true);
    expect(countView("article", id, "reader-b")).toBe(true);
    expect(countView("article", id, "reader-c")).toBe(true);
    expect(await viewCountOf(id)).toBe(0);
    await flushViews();
    expect(await viewCountOf(id)).toBe(3);
  });

  it("counts the same reader once within the repeat window, again after it", async () => {
    const id = await article("published");
    const now = Date.now();
    expect(countView("article", id, "reader-a", now)).toBe(true);
    expect(countView("article", id, "reader-a", now + 60_000)).toBe(false);
    expect(countView("article", id, "reader-a", now + 31 * 60_000)).toBe(true);
    await flushViews();
    expect(await viewCountOf(id)).toBe(2);
  });

  it("never counts drafts or withdrawn articles, and ignores unknown ids", async () => {
    const draft = await article("draft");
    const withdrawn = await article("withdrawn");
    countView("article", draft, "reader-a");
    countView("article", withdrawn, "reader-a");
    countView("article", 2_000_000_000, "reader-a");
    await flushViews();
    expect(await viewCountOf(draft)).toBe(0);
    expect(await viewCountOf(withdrawn)).toBe(0);
  });
});
