import "server-only";
import { sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { summaryOrExcerpt } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { insertRows, syncIdSequence } from "@/lib/db/insert-rows";
import { NEWS_SECTION_SLUGS } from "./generate-news";
import { createRng } from "./rng";
import { demoArticleInput, demoPublishTimes, seedDemoPictures, seedSiteDefaults, type SeedOptions } from "./seed-demo";
import { DEMO_EDITORS } from "./site-defaults";
import { STATUS } from "@/lib/content/status";

// The demo seeder at benchmark size: the same generated articles as
// seed-demo.ts, but written thousands at a time (multi-row INSERTs in one
// transaction per batch, ids assigned here, byline and tag names resolved in
// memory) instead of one createArticle with its upserts per article, and
// with a handful of pictures drawn once and reused as covers.

const BATCH = 2000;
const PICTURES = 6;
type NameTable = "reporter" | "tag" | "source";

/** Name → id for reporters, tags and sources, creating the names a batch needs that do not exist yet. */
class NameIds {
  private ids: Record<NameTable, Map<string, number>> = { reporter: new Map(), tag: new Map(), source: new Map() };

  async ensure(table: NameTable, names: Iterable<string>) {
    const known = this.ids[table];
    const fresh = [...new Set(names)].filter((n) => !known.has(n));
    if (fresh.length === 0) return;
    const data = fresh.map((name) => ({ name }));
    const where = { name: { in: fresh } };
    const select = { id: true, name: true } as const;
    let rows: { id: number; name: string }[];
    if (table === "reporter") {
      await db.reporter.createMany({ data });
      rows = await db.reporter.findMany({ where, select });
    } else if (table === "tag") {
      await db.tag.createMany({ data });
      rows = await db.tag.findMany({ where, select });
    } else {
      await db.source.createMany({ data });
      rows = await db.source.findMany({ where, select });
    }
    for (const r of rows) known.set(r.name, r.id);
  }

  async load() {
    for (const r of await db.reporter.findMany({ select: { id: true, name: true } })) this.ids.reporter.set(r.name, r.id);
    for (const r of await db.tag.findMany({ select: { id: true, name: true } })) this.ids.tag.set(r.name, r.id);
    for (const r of await db.source.findMany({ select: { id: true, name: true } })) this.ids.source.set(r.name, r.id);
  }

  id(table: NameTable, name: string): number {
    return this.ids[table].get(name)!;
  }
}

/** Adds `articles` published demo articles quickly; the search index is left to the caller. */
export async function seedBulkArticles({ articles, seed, now = new Date(), log = () => {} }: SeedOptions) {
  const rng = createRng(seed);
  await seedSiteDefaults();
  const imageIds = await seedDemoPictures(rng, seed, PICTURES);
  const sections = new Map((await db.section.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const editors = await db.user.findMany({ where: { username: { in: DEMO_EDITORS.map((e) => e.username) } }, select: { id: true } });
  const times = demoPublishTimes(rng, articles, now);
  const names = new NameIds();
  await names.load();
  let nextId = ((await db.article.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;

  const started = Date.now();
  for (let from = 0; from < articles; from += BATCH) {
    const inputs = [];
    for (let i = from; i < Math.min(articles, from + BATCH); i++) {
      const slug = rng.pick(NEWS_SECTION_SLUGS);
      if (sections.has(slug)) inputs.push({ id: nextId++, ...demoArticleInput(rng, slug, times[i], imageIds, editors) });
    }
    await names.ensure("reporter", inputs.flatMap((a) => a.reporters ?? []));
    await names.ensure("tag", inputs.flatMap((a) => a.tags ?? []));
    await names.ensure("source", inputs.flatMap((a) => (a.source ? [a.source] : [])));

    const batchTime = new Date();
    const rows = inputs.map((a) => {
      const bodyHtml = sanitizeArticleHtml(a.bodyHtml ?? "");
      return {
        id: a.id,
        title: a.title,
        subtitle: a.subtitle ?? "",
        summary: summaryOrExcerpt(a.summary ?? "", bodyHtml),
        bodyHtml,
        sectionId: sections.get(a.sectionSlug)!,
        sourceId: a.source ? names.id("source", a.source) : null,
        dateline: a.dateline ?? "",
        coverImageId: a.coverImageId ?? null,
        editorId: a.editorId ?? null,
        status: STATUS.published,
        publishedAt: a.publishedAt ?? null,
        isHeadline: a.isHeadline ?? false,
        isFeatured: a.isFeatured ?? false,
        isBreaking: a.isBreaking ?? false,
        viewCount: a.viewCount ?? 0,
        version: 1,
        createdAt: batchTime,
        updatedAt: batchTime,
      };
    });
    const bylines = inputs.flatMap((a) => [...new Set(a.reporters ?? [])].map((n, position) => ({ articleId: a.id, reporterId: names.id("reporter", n), position })));
    const tags = inputs.flatMap((a) => [...new Set(a.tags ?? [])].map((n) => ({ articleId: a.id, tagId: names.id("tag", n) })));
    await db.$transaction([
      ...insertRows("Article", rows),
      ...insertRows("ArticleReporter", bylines),
      ...insertRows("ArticleTag", tags),
    ]);
    const done = Math.min(articles, from + BATCH);
    if (done % 20_000 === 0 || done === articles) log(`文章 ${done}/${articles}`);
  }
  await syncIdSequence("Article");
  log(`文章 ${articles} 篇（批量写入），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
}
