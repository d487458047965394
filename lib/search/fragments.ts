// Fragment search: pieces of a title or summary that cut across jieba's
// words (县排榜 from 岑巩县排榜镇河长) are found through the text's
// overlapping character pairs. Pure functions, shared by indexing and
// querying, so both sides cut pairs the same way.

/** Runs of letters and digits; everything else separates them. */
const RUN = /[\p{L}\p{N}]+/gu;

/** At most this many fragments of one query are searched for. */
const MAX_FRAGMENTS = 8;

function runs(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(RUN) ?? [];
}

/** The overlapping character pairs of one run (岑巩县 → 岑巩 巩县). */
function pairs(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * A text's pairs for the index, space-separated in reading order. A run of
 * one character has no pair (one character is searched through the words);
 * pairs never join two runs, so a fragment cannot match across punctuation.
 */
export function charPairs(text: string): string {
  if (!text) return "";
  return runs(text).flatMap(pairs).join(" ");
}

export type QueryFragment = {
  /** The run as the reader typed it (folded), for highlighting. */
  text: string;
  /** Its pairs, space-separated: a phrase that must occur in this order. */
  pairs: string;
};

/** The runs of two or more characters in a query, each as the phrase of its pairs. */
export function queryFragments(query: string): QueryFragment[] {
  const seen = new Set<string>();
  const out: QueryFragment[] = [];
  for (const run of runs(query)) {
    if ([...run].length < 2 || seen.has(run)) continue;
    seen.add(run);
    out.push({ text: run, pairs: pairs(run).join(" ") });
  }
  return out.slice(0, MAX_FRAGMENTS);
}

/** The FTS5 MATCH expression: every fragment's pairs as a quoted phrase, joined with AND. */
export function ftsFragmentExpression(fragments: QueryFragment[]): string {
  return fragments.map((f) => `"${f.pairs.replace(/"/g, '""')}"`).join(" AND ");
}

/**
 * SQL that is 1 when the indexed title's pairs ("SearchDocument"."titleGrams")
 * hold every fragment in order: pairs are space-separated, so a phrase of
 * pairs is a substring between spaces. `param(i)` writes the i-th parameter
 * (the fragments' pairs, in order), `find` the database's substring search.
 */
export function titleFragmentsSql(
  fragments: QueryFragment[],
  { param = () => "?", find = "instr" }: { param?: (i: number) => string; find?: "instr" | "strpos" } = {},
): { sql: string; params: string[] } {
  if (fragments.length === 0) return { sql: "0", params: [] };
  const all = fragments.map((_, i) => `${find}(' ' || d."titleGrams" || ' ', ' ' || ${param(i)} || ' ') > 0`).join(" AND ");
  return { sql: `(CASE WHEN ${all} THEN 1 ELSE 0 END)`, params: fragments.map((f) => f.pairs) };
}
