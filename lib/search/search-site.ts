import "server-only";
import { htmlToText } from "@/lib/content/sanitize-html";
import { findNewsSection } from "@/lib/data/sections/get-sections";
import { db } from "@/lib/db/client";
import type { SearchHit, SearchResultPage } from "@/lib/view-types";
import { highlightHtml, snippetHtml } from "./highlight";
import { type SearchKind, searchResultHref } from "./search-kinds";
import { ftsExpression, normalizeQuery, titleHitSql } from "./search-query";
import { queryWords } from "./segment";
import { joinText } from "./sync-search";

export const RESULTS_PER_PAGE = 10;

/** Title words count this many times as much as body words in bm25. */
const TITLE_WEIGHT = 5;
/** A result whose title holds every query word scores up to this much more. */
const TITLE_BOOST = 1;
/** Newer results score up to 1 + RECENCY_BOOST times more; the boost halves after this many days. */
const RECENCY_BOOST = 0.5;
const RECENCY_HALF_DAYS = 90;
/**
 * Ranking reads at most this many matches, the newest documents first: a
 * word found in tens of thousands of articles is ranked among its recent
 * ones (results are still counted in full). Keeps p95 under 50 ms at 100,000
 * articles.
 */
export const RANKED_CANDIDATES = 3000;

export type SearchOptions = {
  q: string | string[] | undefined;
  /** Slug of a news section to search in, or none for everything. */
  section?: string | null;
  page?: number;
  perPage?: number;
  now?: Date;
};

type RankedRow = { kind: SearchKind; refId: number };

function julianDay(date: Date): number {
  return date.getTime() / 86_400_000 + 2_440_587.5;
}

/**
 * One page of ranked results. bm25 (title words weighted higher) is scaled
 * by how many query words the title holds and by recency. Always answers:
 * an empty query, a query of nothing but punctuation or a page past the end
 * give an empty page, never an error.
 */
export async function findSearchResults({ q, section = null, page = 1, perPage = RESULTS_PER_PAGE, now = new Date() }: SearchOptions): Promise<SearchResultPage> {
  const { text, truncated } = normalizeQuery(q);
  const sectionRow = section ? await findNewsSection(section) : null;
  const empty: SearchResultPage = { query: text, truncated, section: sectionRow?.slug ?? null, items: [], page, pageCount: 1, total: 0 };
  const words = text ? queryWords(text) : [];
  if (words.length === 0) return empty;

  const match = ftsExpression(words);
  const docs = `"SearchDocument" d INDEXED BY "SearchDocument_rank_idx"`;
  const sectionSql = sectionRow ? `AND d."sectionId" = ${sectionRow.id}` : "";
  const [{ total }] = await db.$queryRawUnsafe<{ total: bigint | number }[]>(
    sectionRow
      ? `SELECT count(*) AS total FROM "search_fts" f JOIN ${docs} ON d."id" = f."rowid" WHERE "search_fts" MATCH ? ${sectionSql}`
      : `SELECT count(*) AS total FROM "search_fts" WHERE "search_fts" MATCH ?`,
    match,
  );
  const count = Number(total);
  const pageCount = Math.max(1, Math.min(Math.ceil(count / perPage), Math.floor(RANKED_CANDIDATES / perPage)));
  if (count === 0 || page > pageCount) return { ...empty, total: count, pageCount };

  // bm25 for the newest RANKED_CANDIDATES matches (FTS5 walks its lists by
  // rowid, newest documents last), then boosts for title and recency.
  const titleHit = titleHitSql(words);
  const rows = await db.$queryRawUnsafe<RankedRow[]>(
    `SELECT d."kind" AS kind, d."refId" AS refId
     FROM (
       SELECT f."rowid" AS id, bm25("search_fts", ${TITLE_WEIGHT}, 1.0) AS relevance
       FROM "search_fts" f ${sectionRow ? `JOIN ${docs} ON d."id" = f."rowid"` : ""}
       WHERE "search_fts" MATCH ? ${sectionSql}
       ORDER BY f."rowid" DESC LIMIT ${RANKED_CANDIDATES}
     ) m JOIN ${docs} ON d."id" = m."id"
     ORDER BY -m.relevance
       * (1.0 + ${TITLE_BOOST} * ${titleHit.sql})
       * (1.0 + ${RECENCY_BOOST} / (1.0 + max(0.0, ? - julianday(d."publishedAt")) / ${RECENCY_HALF_DAYS})) DESC,
       d."publishedAt" DESC
     LIMIT ? OFFSET ?`,
    match,
    ...titleHit.params,
    julianDay(now),
    perPage,
    (page - 1) * perPage,
  );
  const hits = await hydrate(rows.map((r) => ({ kind: r.kind, refId: Number(r.refId) })), words);
  return { ...empty, items: hits, total: count, pageCount };
}

type Shown = { id: number; slug?: string; title: string; text: string; publishedAt: Date; sectionName: string | null };

/** What each kind shows in a result: its title and the text a snippet comes from. */
async function loadShown(kind: SearchKind, ids: number[]): Promise<Shown[]> {
  const section = { select: { name: true } } as const;
  switch (kind) {
    case "article": {
      const rows = await db.article.findMany({
        where: { id: { in: ids }, status: "published" },
        select: { id: true, title: true, summary: true, bodyHtml: true, publishedAt: true, section },
      });
      return rows.map((r) => ({ ...r, text: joinText(htmlToText(r.bodyHtml), r.summary), publishedAt: r.publishedAt ?? new Date(0), sectionName: r.section.name }));
    }
    case "photos": {
      const rows = await db.photoSet.findMany({
        where: { id: { in: ids }, status: "published" },
        select: { id: true, title: true, summary: true, publishedAt: true, section, photos: { select: { caption: true }, orderBy: { position: "asc" } } },
      });
      return rows.map((r) => ({ ...r, text: joinText(r.summary, ...r.photos.map((p) => p.caption)), publishedAt: r.publishedAt ?? new Date(0), sectionName: r.section.name }));
    }
    case "media": {
      const rows = await db.mediaItem.findMany({
        where: { id: { in: ids }, status: "published" },
        select: { id: true, title: true, summary: true, publishedAt: true, section },
      });
      return rows.map((r) => ({ ...r, text: r.summary, publishedAt: r.publishedAt ?? new Date(0), sectionName: r.section?.name ?? null }));
    }
    case "topic": {
      const rows = await db.topic.findMany({
        where: { id: { in: ids }, visible: true },
        select: { id: true, slug: true, title: true, summary: true, introHtml: true, createdAt: true },
      });
      return rows.map((r) => ({ ...r, text: joinText(r.summary, htmlToText(r.introHtml)), publishedAt: r.createdAt, sectionName: null }));
    }
  }
}

/** Turns ranked document refs into results, in rank order; refs whose item is gone are dropped. */
async function hydrate(rows: RankedRow[], words: string[]): Promise<SearchHit[]> {
  const byKey = new Map<string, SearchHit>();
  const kinds = [...new Set(rows.map((r) => r.kind))];
  for (const kind of kinds) {
    const shown = await loadShown(kind, rows.filter((r) => r.kind === kind).map((r) => r.refId));
    for (const s of shown) {
      byKey.set(`${kind}:${s.id}`, {
        kind,
        href: searchResultHref(kind, s),
        titleHtml: highlightHtml(s.title, words),
        snippetHtml: snippetHtml(s.text.trim(), words),
        publishedAt: s.publishedAt.toISOString(),
        sectionName: s.sectionName,
      });
    }
  }
  return rows.flatMap((r) => byKey.get(`${r.kind}:${r.refId}`) ?? []);
}
