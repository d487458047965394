import type { QueryFragment } from "./fragments";
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

/**
 * Tiers of a result, best first; within a tier the score decides:
 * 0. its title holds the query's fragments as written, and its words match;
 * 1. its title holds the fragments as written, though jieba cut it otherwise (县排榜 in 岑巩县排榜镇);
 * 2. the query's words match (anywhere; the title boost favours titles);
 * 3. the fragments match in the summary only.
 * So in the same field a word found as a word goes before the same
 * characters found only as a fragment (河长 as a word, before 河长 across
 * 黄河长江), and a title that holds the query as written goes before words
 * scattered through a body. A query without fragments (single characters)
 * is all tier 2: ranked by score alone.
 */
export function tierSql({ inWords, titleFragments }: { inWords: string; titleFragments: string }): string {
  return `CASE
    WHEN ${titleFragments} = 1 AND ${inWords} = 1 THEN 0
    WHEN ${titleFragments} = 1 THEN 1
    WHEN ${inWords} = 1 THEN 2
    ELSE 3 END`;
}

export type RankQuery = {
  /** The query's words (queryWords), never empty. */
  words: string[];
  /** Its runs of two or more characters (queryFragments); may be empty. */
  fragments: QueryFragment[];
  sectionId: number | null;
  now: Date;
  limit: number;
  offset: number;
};

/** One database's search: how many documents match, and one page of them in rank order. */
export type SearchBackend = {
  /** Documents that match the words or every fragment. */
  countMatches(query: Pick<RankQuery, "words" | "fragments" | "sectionId">): Promise<number>;
  rankMatches(query: RankQuery): Promise<RankedRow[]>;
};
