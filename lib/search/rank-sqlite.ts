import "server-only";
import { db } from "@/lib/db/client";
import { ftsFragmentExpression, titleFragmentsSql } from "./fragments";
import { RANKED_CANDIDATES, RECENCY_BOOST, RECENCY_HALF_DAYS, type RankedRow, type SearchBackend, tierSql, TITLE_BOOST, TITLE_WEIGHT } from "./ranking";
import { ftsExpression, titleHitSql } from "./search-query";

// Search on SQLite: the FTS5 table search_fts over SearchDocument's words and
// search_grams over its character pairs (see their migrations), ranked by bm25.

const docs = `"SearchDocument" d INDEXED BY "SearchDocument_rank_idx"`;

function julianDay(date: Date): number {
  return date.getTime() / 86_400_000 + 2_440_587.5;
}

/**
 * The newest RANKED_CANDIDATES matches of one FTS table (FTS5 walks its lists
 * by rowid, newest documents last) with their bm25.
 */
function matchesSql(table: "search_fts" | "search_grams", sectionId: number | null): string {
  return `SELECT f."rowid" AS id, bm25("${table}", ${TITLE_WEIGHT}, 1.0) AS relevance
    FROM "${table}" f ${sectionId !== null ? `JOIN ${docs} ON d."id" = f."rowid"` : ""}
    WHERE "${table}" MATCH ? ${sectionId !== null ? `AND d."sectionId" = ${sectionId}` : ""}
    ORDER BY f."rowid" DESC LIMIT ${RANKED_CANDIDATES}`;
}

export const sqliteSearch: SearchBackend = {
  async countMatches({ words, fragments, sectionId }) {
    const matching = (table: string) =>
      sectionId !== null
        ? `SELECT f."rowid" AS id FROM "${table}" f JOIN ${docs} ON d."id" = f."rowid" WHERE "${table}" MATCH ? AND d."sectionId" = ${sectionId}`
        : `SELECT "rowid" AS id FROM "${table}" WHERE "${table}" MATCH ?`;
    const [{ total }] = await db.$queryRawUnsafe<{ total: bigint | number }[]>(
      fragments.length > 0
        ? `SELECT count(*) AS total FROM (${matching("search_fts")} UNION ${matching("search_grams")})`
        : `SELECT count(*) AS total FROM (${matching("search_fts")})`,
      ftsExpression(words),
      ...(fragments.length > 0 ? [ftsFragmentExpression(fragments)] : []),
    );
    return Number(total);
  },

  // bm25 for the newest candidates of each index (a document found by both
  // keeps its words' score), then the tiers (ranking.ts), then boosts for
  // title and recency.
  async rankMatches({ words, fragments, sectionId, now, limit, offset }) {
    const titleHit = titleHitSql(words);
    const titleFragments = titleFragmentsSql(fragments);
    const candidates =
      fragments.length > 0
        ? `w AS (${matchesSql("search_fts", sectionId)}),
           g AS (${matchesSql("search_grams", sectionId)}),
           m AS (
             SELECT w.id, w.relevance, 1 AS inWords FROM w
             UNION ALL
             SELECT g.id, g.relevance, 0 FROM g WHERE g.id NOT IN (SELECT id FROM w)
           )`
        : `m AS (SELECT id, relevance, 1 AS inWords FROM (${matchesSql("search_fts", sectionId)}))`;
    return db.$queryRawUnsafe<RankedRow[]>(
      `WITH ${candidates}
       SELECT kind, refId FROM (
         SELECT d."kind" AS kind, d."refId" AS refId, d."publishedAt" AS publishedAt, m.relevance, m.inWords,
           ${titleHit.sql} AS titleWords, ${titleFragments.sql} AS titleFragments,
           (1.0 + ${RECENCY_BOOST} / (1.0 + max(0.0, ? - julianday(d."publishedAt")) / ${RECENCY_HALF_DAYS})) AS recency
         FROM m JOIN ${docs} ON d."id" = m."id"
       )
       ORDER BY ${tierSql({ inWords: "inWords", titleFragments: "titleFragments" })},
         -relevance * (1.0 + ${TITLE_BOOST} * titleWords) * recency DESC,
         publishedAt DESC
       LIMIT ? OFFSET ?`,
      ftsExpression(words),
      ...(fragments.length > 0 ? [ftsFragmentExpression(fragments)] : []),
      ...titleHit.params,
      ...titleFragments.params,
      julianDay(now),
      limit,
      offset,
    );
  },
};
