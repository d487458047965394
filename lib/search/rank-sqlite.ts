import "server-only";
import { db } from "@/lib/db/client";
import { RANKED_CANDIDATES, RECENCY_BOOST, RECENCY_HALF_DAYS, type RankedRow, type SearchBackend, TITLE_BOOST, TITLE_WEIGHT } from "./ranking";
import { ftsExpression, titleHitSql } from "./search-query";

// Search on SQLite: the FTS5 table search_fts over SearchDocument (see its
// migration), ranked by bm25.

const docs = `"SearchDocument" d INDEXED BY "SearchDocument_rank_idx"`;

function julianDay(date: Date): number {
  return date.getTime() / 86_400_000 + 2_440_587.5;
}

export const sqliteSearch: SearchBackend = {
  async countMatches(words, sectionId) {
    const [{ total }] = await db.$queryRawUnsafe<{ total: bigint | number }[]>(
      sectionId !== null
        ? `SELECT count(*) AS total FROM "search_fts" f JOIN ${docs} ON d."id" = f."rowid" WHERE "search_fts" MATCH ? AND d."sectionId" = ${sectionId}`
        : `SELECT count(*) AS total FROM "search_fts" WHERE "search_fts" MATCH ?`,
      ftsExpression(words),
    );
    return Number(total);
  },

  // bm25 for the newest RANKED_CANDIDATES matches (FTS5 walks its lists by
  // rowid, newest documents last), then boosts for title and recency.
  async rankMatches({ words, sectionId, now, limit, offset }) {
    const sectionSql = sectionId !== null ? `AND d."sectionId" = ${sectionId}` : "";
    const titleHit = titleHitSql(words);
    return db.$queryRawUnsafe<RankedRow[]>(
      `SELECT d."kind" AS kind, d."refId" AS refId
       FROM (
         SELECT f."rowid" AS id, bm25("search_fts", ${TITLE_WEIGHT}, 1.0) AS relevance
         FROM "search_fts" f ${sectionId !== null ? `JOIN ${docs} ON d."id" = f."rowid"` : ""}
         WHERE "search_fts" MATCH ? ${sectionSql}
         ORDER BY f."rowid" DESC LIMIT ${RANKED_CANDIDATES}
       ) m JOIN ${docs} ON d."id" = m."id"
       ORDER BY -m.relevance
         * (1.0 + ${TITLE_BOOST} * ${titleHit.sql})
         * (1.0 + ${RECENCY_BOOST} / (1.0 + max(0.0, ? - julianday(d."publishedAt")) / ${RECENCY_HALF_DAYS})) DESC,
         d."publishedAt" DESC
       LIMIT ? OFFSET ?`,
      ftsExpression(words),
      ...titleHit.params,
      julianDay(now),
      limit,
      offset,
    );
  },
};
