import "server-only";
import { htmlToText } from "@/lib/content/sanitize-html";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchKind } from "./search-kinds";
import { charPairs } from "./fragments";
import { segmentForIndex } from "./segment";
import { STATUS } from "@/lib/content/status";

// Keeps SearchDocument (and through its triggers the FTS table) in step with
// what readers can see: a public item has exactly one document, anything else
// none. Each sync function reads the item's current state and writes or
// deletes its document, so calling it after any change is always right.

type Client = Prisma.TransactionClient;

export type SearchSource = {
  sectionId: number | null;
  publishedAt: Date;
  /** Title-like text (title, subtitle), weighted higher in ranking. */
  title: string;
  /** Everything else a reader may search for, as plain text. */
  text: string;
  /** The short description as written (summary), searched for fragments beside the title. */
  summary: string;
};

/** The document row for a public item, words already cut. */
export function searchDocumentData(kind: SearchKind, refId: number, source: SearchSource) {
  return {
    kind,
    refId,
    sectionId: source.sectionId,
    publishedAt: source.publishedAt,
    title: segmentForIndex(source.title),
    body: segmentForIndex(source.text),
    titleGrams: charPairs(source.title),
    textGrams: charPairs(source.summary),
  };
}

async function writeDocument(client: Client, kind: SearchKind, refId: number, source: SearchSource | null) {
  if (!source) {
    await client.searchDocument.deleteMany({ where: { kind, refId } });
    return;
  }
  const data = searchDocumentData(kind, refId, source);
  await client.searchDocument.upsert({ where: { kind_refId: { kind, refId } }, create: data, update: data });
}

/** Texts joined by spaces, leaving out any already contained in an earlier one (a summary cut from the body itself). */
export function joinText(...parts: string[]): string {
  const kept: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const probe = part.replace(/…$/, "");
    if (!kept.some((k) => k.includes(probe))) kept.push(part);
  }
  return kept.join(" ");
}

export const articleSearchSelect = {
  title: true,
  subtitle: true,
  summary: true,
  bodyHtml: true,
  status: true,
  sectionId: true,
  publishedAt: true,
  tags: { select: { tag: { select: { name: true } } } },
} as const;

type ArticleSearchRow = Prisma.ArticleGetPayload<{ select: typeof articleSearchSelect }>;

export function articleSearchSource(a: ArticleSearchRow): SearchSource | null {
  if (a.status !== STATUS.published || !a.publishedAt) return null;
  return {
    sectionId: a.sectionId,
    publishedAt: a.publishedAt,
    title: joinText(a.title, a.subtitle),
    text: joinText(htmlToText(a.bodyHtml), a.summary, a.tags.map((t) => t.tag.name).join(" ")),
    summary: a.summary,
  };
}

export async function syncArticleSearch(id: number, client: Client = db): Promise<void> {
  const a = await client.article.findUnique({ where: { id }, select: articleSearchSelect });
  await writeDocument(client, "article", id, a ? articleSearchSource(a) : null);
}

export async function syncPhotoSetSearch(id: number, client: Client = db): Promise<void> {
  const p = await client.photoSet.findUnique({
    where: { id },
    select: {
      title: true,
      summary: true,
      status: true,
      sectionId: true,
      publishedAt: true,
      photos: { select: { caption: true, photographer: true }, orderBy: { position: "asc" } },
    },
  });
  const source =
    p && p.status === STATUS.published && p.publishedAt
      ? {
          sectionId: p.sectionId,
          publishedAt: p.publishedAt,
          title: p.title,
          text: joinText(p.summary, ...p.photos.map((ph) => `${ph.caption} ${ph.photographer}`)),
          summary: p.summary,
        }
      : null;
  await writeDocument(client, "photos", id, source);
}

export async function syncMediaItemSearch(id: number, client: Client = db): Promise<void> {
  const m = await client.mediaItem.findUnique({
    where: { id },
    select: { title: true, summary: true, status: true, sectionId: true, publishedAt: true },
  });
  const source =
    m && m.status === STATUS.published && m.publishedAt
      ? { sectionId: m.sectionId, publishedAt: m.publishedAt, title: m.title, text: m.summary, summary: m.summary }
      : null;
  await writeDocument(client, "media", id, source);
}

/** Topics have no publish time: their creation time stands in for it. */
export async function syncTopicSearch(id: number, client: Client = db): Promise<void> {
  const t = await client.topic.findUnique({
    where: { id },
    select: { title: true, summary: true, introHtml: true, visible: true, createdAt: true },
  });
  const source =
    t && t.visible
      ? { sectionId: null, publishedAt: t.createdAt, title: t.title, text: joinText(t.summary, htmlToText(t.introHtml)), summary: t.summary }
      : null;
  await writeDocument(client, "topic", id, source);
}

/** Syncs after a command has committed; a failure is logged, not thrown, since the change itself stands and `npm run search:reindex` repairs the index. */
export async function syncSearchQuietly(sync: () => Promise<void>): Promise<void> {
  try {
    await sync();
  } catch (e) {
    console.error("搜索索引更新失败:", e);
  }
}
