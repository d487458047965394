import type { SearchKind } from "./search-kinds";

// How results are ranked, the same on every database; the SQL that does it
// is in rank-sqlite.ts (FTS5, bm25) and rank-postgres.ts (tsvector, ts_rank_cd).

/** Title words count this many times as much as body words. */
export const TITLE_WEIGHT = 5;
/** A result whose title holds every query word scores up to this much more. */
export const TITLE_BOOST = 1;
/** Newer results score up to 1 + RECENCY_BOOST times more; the boost halves after this many days. */
export const RECENCY_BOOST = 0.5;
export const RECENCY_HALF_DAYS = 90;
/**
 * Ranking reads at most this many matches, the newest documents first: a
 * word found in tens of thousands of articles is ranked among its recent
 * ones (results are still counted in full). Keeps p95 under 50 ms at 100,000
 * articles.
 */
export const RANKED_CANDIDATES = 3000;

export type RankedRow = { kind: SearchKind; refId: number };

export type RankQuery = {
  /** The query's words (queryWords), never empty. */
  words: string[];
  sectionId: number | null;
  now: Date;
  limit: number;
  offset: number;
};

/** One database's search: how many documents match, and one page of them in rank order. */
export type SearchBackend = {
  countMatches(words: string[], sectionId: number | null): Promise<number>;
  rankMatches(query: RankQuery): Promise<RankedRow[]>;
};
