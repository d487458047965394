import "server-only";
import { db, dbProvider } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import type { SearchKind } from "./search-kinds";
import {
  articleSearchSource,
  searchDocumentData,
  syncMediaItemSearch,
  syncPhotoSetSearch,
  syncTopicSearch,
} from "./sync-search";
import { STATUS } from "@/lib/content/status";

const BATCH = 500;

type Doc = ReturnType<typeof searchDocumentData>;

/** Replaces the documents of one batch of items in one transaction. */
async function writeBatch(kind: SearchKind, refIds: number[], docs: Doc[]) {
  await db.$transaction([db.searchDocument.deleteMany({ where: { kind, refId: { in: refIds } } }), ...insertRows("SearchDocument", docs)]);
}

type ArticleRow = { id: number; title: string; subtitle: string; summary: string; bodyHtml: string; sectionId: number; publishedAt: string | Date; tagNames: string | null };

/**
 * One batch of published articles with their tag names. Plain SQL: Prisma's
 * findMany with the tags relation takes most of a second per batch, which
 * at 100,000 articles is over a minute of a rebuild.
 */
const TAG_NAMES =
  dbProvider === "postgresql"
    ? `string_agg(t."name", chr(31))`
    : `group_concat(t."name", char(31))`;
const [AFTER, LIMIT] = dbProvider === "postgresql" ? ["$1", "$2"] : ["?", "?"];

async function readArticleBatch(afterId: number) {
  const rows = await db.$queryRawUnsafe<ArticleRow[]>(
    `SELECT a."id", a."title", a."subtitle", a."summary", a."bodyHtml", a."sectionId", a."publishedAt",
       (SELECT ${TAG_NAMES} FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId" WHERE x."articleId" = a."id") AS "tagNames"
     FROM "Article" a WHERE a."status" = 'published' AND a."publishedAt" IS NOT NULL AND a."id" > ${AFTER} ORDER BY a."id" LIMIT ${LIMIT}`,
    afterId,
    BATCH,
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    sectionId: Number(r.sectionId),
    status: STATUS.published,
    publishedAt: new Date(r.publishedAt),
    tags: (r.tagNames ?? "").split("\u001f").filter(Boolean).map((name) => ({ tag: { name } })),
  }));
}

/** Every published article, in batches by id: the bulk of any index. */
async function indexArticles(log: (line: string) => void): Promise<number> {
  let cursor = 0;
  let count = 0;
  for (;;) {
    const rows = await readArticleBatch(cursor);
    if (rows.length === 0) break;
    const docs = rows.flatMap((r) => {
      const source = articleSearchSource(r);
      return source ? [searchDocumentData("article", r.id, source)] : [];
    });
    await writeBatch("article", rows.map((r) => r.id), docs);
    cursor = rows[rows.length - 1].id;
    count += docs.length;
    if (count % 10_000 < BATCH) log(`搜索索引：文章 ${count}`);
  }
  return count;
}

/**
 * Rebuilds the whole search index from the content tables: `npm run
 * search:reindex`, the demo seeder, and after an upgrade that brought search
 * to an existing database. Search keeps working while it runs; documents of
 * items that are no longer public go at the end.
 */
export async function rebuildSearchIndex(log: (line: string) => void = () => {}): Promise<{ documents: number }> {
  const articles = await indexArticles(log);
  const smaller: [SearchKind, () => Promise<{ id: number }[]>, (id: number) => Promise<void>][] = [
    ["photos", () => db.photoSet.findMany({ select: { id: true } }), (id) => syncPhotoSetSearch(id)],
    ["media", () => db.mediaItem.findMany({ select: { id: true } }), (id) => syncMediaItemSearch(id)],
    ["topic", () => db.topic.findMany({ select: { id: true } }), (id) => syncTopicSearch(id)],
  ];
  for (const [, ids, sync] of smaller) for (const { id } of await ids()) await sync(id);
  // Documents whose item was withdrawn or deleted meanwhile.
  await db.$executeRawUnsafe(`
    DELETE FROM "SearchDocument" WHERE
      ("kind" = 'article' AND "refId" NOT IN (SELECT "id" FROM "Article" WHERE "status" = 'published'))
      OR ("kind" = 'photos' AND "refId" NOT IN (SELECT "id" FROM "PhotoSet" WHERE "status" = 'published'))
      OR ("kind" = 'media' AND "refId" NOT IN (SELECT "id" FROM "MediaItem" WHERE "status" = 'published'))
      OR ("kind" = 'topic' AND "refId" NOT IN (SELECT "id" FROM "Topic" WHERE "visible"))`);
  // SQLite: merges FTS5's segments into one b-tree, faster queries afterwards.
  // PostgreSQL: the visibility map and planner statistics for the freshly written rows.
  await db.$executeRawUnsafe(dbProvider === "postgresql" ? `VACUUM ANALYZE "SearchDocument"` : `INSERT INTO "search_fts" ("search_fts") VALUES ('optimize')`);
  const documents = await db.searchDocument.count();
  log(`搜索索引：${articles} 篇文章，共 ${documents} 条`);
  return { documents };
}
