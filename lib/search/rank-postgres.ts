import "server-only";
import { db } from "@/lib/db/client";
import { type QueryFragment, titleFragmentsSql } from "./fragments";
import { RANKED_CANDIDATES, RECENCY_BOOST, RECENCY_HALF_DAYS, type RankedRow, type SearchBackend, tierSql, TITLE_BOOST, TITLE_WEIGHT } from "./ranking";
import { isSingleChar, titleHitSql, tsQueryExpression } from "./search-query";

// Search on PostgreSQL: SearchDocument's generated "searchVector" (jieba's
// words through the 'simple' configuration, title weight A, body B) and
// "gramVector" (character pairs of title and summary, with positions), each
// with its GIN index, ranked by ts_rank_cd with the same tiers and boosts as
// on SQLite.

/** ts_rank_cd's weights for D, C, B, A: the title (A) counts TITLE_WEIGHT times the body (B). */
const WEIGHTS = `'{0, 0, ${1 / TITLE_WEIGHT}, 1}'`;

/** Every fragment as the phrase of its pairs (`'县排' <-> '排榜'`), ANDed; parameters from `$first` on. */
function fragmentQuerySql(fragments: QueryFragment[], first: number): string {
  return `(${fragments.map((_, i) => `phraseto_tsquery('simple', $${first + i})`).join(" && ")})`;
}

/**
 * The newest RANKED_CANDIDATES ids matching a vector. The ids come from the
 * GIN index and the narrow table pages (`"id" + 0` keeps the planner from
 * walking the primary key backwards and testing every document's vector on
 * the way; 旅游: 640 → 25 ms). A one-character prefix (州:*) makes the index
 * recheck every match's vector anyway, and matches so many documents that
 * walking back from the newest finds 3,000 soonest (1.2 s → 0.24 s).
 */
function newestMatchesSql(vector: string, tsquery: string, sectionId: number | null, walkBack: boolean): string {
  return `SELECT c."id" FROM "SearchDocument" c
    WHERE c."${vector}" @@ ${tsquery} ${sectionId !== null ? `AND c."sectionId" = ${sectionId}` : ""}
    ORDER BY ${walkBack ? `c."id"` : `c."id" + 0`} DESC LIMIT ${RANKED_CANDIDATES}`;
}

export const postgresSearch: SearchBackend = {
  // The documents the words find, plus those only the fragments find: the
  // same number as one count of "words OR fragments", but the phrase check
  // (which reads each candidate's pair vector) runs only on the fragments'
  // own candidates (安全生产 over 100,000 articles: 232 → 65 ms).
  async countMatches({ words, fragments, sectionId }) {
    const section = sectionId !== null ? `AND d."sectionId" = ${sectionId}` : "";
    const wordMatch = `d."searchVector" @@ to_tsquery('simple', $1)`;
    const fragmentsOnly =
      fragments.length > 0
        ? `+ (SELECT count(*) FROM "SearchDocument" d WHERE d."gramVector" @@ ${fragmentQuerySql(fragments, 2)} AND NOT (${wordMatch}) ${section})`
        : "";
    const [{ total }] = await db.$queryRawUnsafe<{ total: bigint | number }[]>(
      `SELECT (SELECT count(*) FROM "SearchDocument" d WHERE ${wordMatch} ${section}) ${fragmentsOnly} AS total`,
      tsQueryExpression(words),
      ...fragments.map((f) => f.pairs),
    );
    return Number(total);
  },

  // ts_rank_cd for the newest candidates of each vector (a document found by
  // both is scored by its words), then the tiers (ranking.ts), then the
  // boosts for title and recency. Only the candidates fetch their vectors.
  async rankMatches({ words, fragments, sectionId, now, limit, offset }) {
    // $1 the words' tsquery, $2 now (epoch seconds), $3 limit, $4 offset, then
    // the title words, then the fragments' pairs.
    const titleHit = titleHitSql(words, { param: (i) => `$${i + 5}`, find: "strpos" });
    const first = 5 + titleHit.params.length;
    const titleFragments = titleFragmentsSql(fragments, { param: (i) => `$${first + i}`, find: "strpos" });
    const wordQuery = `to_tsquery('simple', $1)`;
    const fragmentQuery = fragmentQuerySql(fragments, first);
    const wordMatches = newestMatchesSql("searchVector", wordQuery, sectionId, words.some(isSingleChar));
    const candidates =
      fragments.length > 0
        ? `w AS (${wordMatches}),
           g AS (${newestMatchesSql("gramVector", fragmentQuery, sectionId, false)}),
           m AS (
             SELECT w."id", 1 AS "inWords" FROM w
             UNION ALL
             SELECT g."id", 0 FROM g WHERE g."id" NOT IN (SELECT "id" FROM w)
           )`
        : `m AS (SELECT w."id", 1 AS "inWords" FROM (${wordMatches}) w)`;
    const relevance =
      fragments.length > 0
        ? `CASE WHEN m."inWords" = 1 THEN ts_rank_cd(${WEIGHTS}, d."searchVector", ${wordQuery}) ELSE ts_rank_cd(${WEIGHTS}, d."gramVector", ${fragmentQuery}) END`
        : `ts_rank_cd(${WEIGHTS}, d."searchVector", ${wordQuery})`;
    return db.$queryRawUnsafe<RankedRow[]>(
      `WITH ${candidates}
       SELECT r.kind, r."refId" FROM (
         SELECT d."kind" AS kind, d."refId" AS "refId", d."publishedAt", m."inWords",
           ${relevance} AS relevance,
           ${titleHit.sql} AS "titleWords", ${titleFragments.sql} AS "titleFragments",
           (1.0 + ${RECENCY_BOOST} / (1.0 + greatest(0.0, ($2::float8 - extract(epoch FROM d."publishedAt")::float8) / 86400) / ${RECENCY_HALF_DAYS})) AS recency
         FROM m JOIN "SearchDocument" d ON d."id" = m."id"
       ) r
       ORDER BY ${tierSql({ inWords: `r."inWords"`, titleFragments: `r."titleFragments"` })},
         r.relevance * (1.0 + ${TITLE_BOOST} * r."titleWords") * r.recency DESC,
         r."publishedAt" DESC
       LIMIT $3::int OFFSET $4::int`,
      tsQueryExpression(words),
      now.getTime() / 1000,
      limit,
      offset,
      ...titleHit.params,
      ...fragments.map((f) => f.pairs),
    );
  },
};
