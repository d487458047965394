import "server-only";
import { htmlToText } from "@/lib/content/sanitize-html";
import { findNewsSection } from "@/lib/data/sections/get-sections";
import { db, dbProvider } from "@/lib/db/client";
import type { SearchHit, SearchResultPage } from "@/lib/view-types";
import { queryFragments } from "./fragments";
import { highlightHtml, snippetHtml } from "./highlight";
import { type SearchKind, searchResultHref } from "./search-kinds";
import { postgresSearch } from "./rank-postgres";
import { RANKED_CANDIDATES, type RankedRow, type SearchBackend } from "./ranking";
import { sqliteSearch } from "./rank-sqlite";
import { normalizeQuery } from "./search-query";
import { queryWords } from "./segment";
import { joinText } from "./sync-search";
import { STATUS } from "@/lib/content/status";

const RESULTS_PER_PAGE = 10;

/** The search SQL of the database in use; everything around it is the same. */
const backend: SearchBackend = dbProvider === "postgresql" ? postgresSearch : sqliteSearch;

export type SearchOptions = {
  q: string | string[] | undefined;
  /** Slug of a news section to search in, or none for everything. */
  section?: string | null;
  page?: number;
  perPage?: number;
  now?: Date;
  /** Also match fragments (character pairs); off only to measure what they cost. */
  fragments?: boolean;
};

/**
 * One page of ranked results: word matches (title words weighted higher)
 * scaled by how many query words the title holds and by recency, then items
 * whose title or summary holds the query's fragments only. Always
 * answers: an empty query, a query of nothing but punctuation or a page past
 * the end give an empty page, never an error.
 */
export async function findSearchResults({ q, section = null, page = 1, perPage = RESULTS_PER_PAGE, now = new Date(), fragments: withFragments = true }: SearchOptions): Promise<SearchResultPage> {
  const { text, truncated } = normalizeQuery(q);
  const sectionRow = section ? await findNewsSection(section) : null;
  const empty: SearchResultPage = { query: text, truncated, section: sectionRow?.slug ?? null, items: [], page, pageCount: 1, total: 0 };
  const words = text ? queryWords(text) : [];
  if (words.length === 0) return empty;

  const sectionId = sectionRow?.id ?? null;
  const fragments = withFragments ? queryFragments(text) : [];
  // Counting and ranking do not wait for each other: on PostgreSQL each takes
  // a pooled connection of its own, so a search costs the slower of the two.
  // A page past what ranking reads is never ranked.
  const lastRankedPage = Math.floor(RANKED_CANDIDATES / perPage);
  const [count, rows] = await Promise.all([
    backend.countMatches({ words, fragments, sectionId }),
    page <= lastRankedPage ? backend.rankMatches({ words, fragments, sectionId, now, limit: perPage, offset: (page - 1) * perPage }) : [],
  ]);
  const pageCount = Math.max(1, Math.min(Math.ceil(count / perPage), lastRankedPage));
  if (count === 0 || page > pageCount) return { ...empty, total: count, pageCount };

  const marked = [...new Set([...words, ...fragments.map((f) => f.text)])];
  const hits = await hydrate(rows.map((r) => ({ kind: r.kind, refId: Number(r.refId) })), marked);
  return { ...empty, items: hits, total: count, pageCount };
}

type Shown = { id: number; slug?: string; title: string; text: string; publishedAt: Date; sectionName: string | null };

/** What each kind shows in a result: its title and the text a snippet comes from. */
async function loadShown(kind: SearchKind, ids: number[]): Promise<Shown[]> {
  const section = { select: { name: true } } as const;
  switch (kind) {
    case "article": {
      const rows = await db.article.findMany({
        where: { id: { in: ids }, status: STATUS.published },
        select: { id: true, title: true, summary: true, bodyHtml: true, publishedAt: true, section },
      });
      return rows.map((r) => ({ ...r, text: joinText(htmlToText(r.bodyHtml), r.summary), publishedAt: r.publishedAt ?? new Date(0), sectionName: r.section.name }));
    }
    case "photos": {
      const rows = await db.photoSet.findMany({
        where: { id: { in: ids }, status: STATUS.published },
        select: { id: true, title: true, summary: true, publishedAt: true, section, photos: { select: { caption: true }, orderBy: { position: "asc" } } },
      });
      return rows.map((r) => ({ ...r, text: joinText(r.summary, ...r.photos.map((p) => p.caption)), publishedAt: r.publishedAt ?? new Date(0), sectionName: r.section.name }));
    }
    case "media": {
      const rows = await db.mediaItem.findMany({
        where: { id: { in: ids }, status: STATUS.published },
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
