// What a reader typed into the search box, made into something safe to run.
// Pure functions (no database, no jieba) so the edge cases are easy to test.

/** Longer queries are cut to this many characters, and the page says so. */
export const MAX_QUERY_LENGTH = 40;

export type NormalizedQuery = {
  /** The query as searched: trimmed, inner whitespace folded, capped. */
  text: string;
  /** True when the reader's query was longer than MAX_QUERY_LENGTH. */
  truncated: boolean;
};

/** Folds whitespace and caps the length; an absent or blank query gives "". */
export function normalizeQuery(raw: string | string[] | undefined): NormalizedQuery {
  const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  // Control characters cannot come from a keyboard; drop them with the whitespace.
  const folded = value.replace(/[\s\p{Cc}]+/gu, " ").trim();
  const chars = [...folded];
  if (chars.length <= MAX_QUERY_LENGTH) return { text: folded, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), truncated: true };
}

/** A single character matches every indexed word it begins (州 → 州委, 州政府 …). */
export function isSingleChar(word: string): boolean {
  return [...word].length === 1;
}

/**
 * The FTS5 MATCH expression for query words: every word must occur (AND).
 * Each word is a quoted string, so nothing a reader types can act as FTS
 * syntax; the words are letters and digits only (see queryWords), and quotes
 * are doubled all the same.
 */
export function ftsExpression(words: string[]): string {
  return words
    .map((w) => `"${w.replace(/"/g, '""')}"${isSingleChar(w) ? " *" : ""}`)
    .join(" AND ");
}

/**
 * The PostgreSQL tsquery for the same words, for `to_tsquery('simple', …)`:
 * every word a quoted lexeme joined with &, one character a prefix (':*').
 */
export function tsQueryExpression(words: string[]): string {
  return words.map((w) => `'${w.replace(/['\\]/g, "")}'${isSingleChar(w) ? ":*" : ""}`).join(" & ");
}

/**
 * For ranking: how many of the words occur in an indexed (space-separated)
 * title. Returned as SQL over "SearchDocument"."title" with one parameter per
 * word, so it runs per matched row without a second index lookup.
 * `param(i)` writes the i-th parameter of these words (`?` or `$n`), `find`
 * is the database's substring search (SQLite instr, PostgreSQL strpos).
 */
export function titleHitSql(
  words: string[],
  { param = () => "?", find = "instr" }: { param?: (i: number) => string; find?: "instr" | "strpos" } = {},
): { sql: string; params: string[] } {
  if (words.length === 0) return { sql: "0", params: [] };
  const parts = words.map((w, i) =>
    isSingleChar(w)
      ? `(CASE WHEN ${find}(' ' || d."title", ' ' || ${param(i)}) > 0 THEN 1 ELSE 0 END)`
      : `(CASE WHEN ${find}(' ' || d."title" || ' ', ' ' || ${param(i)} || ' ') > 0 THEN 1 ELSE 0 END)`,
  );
  return { sql: `(${parts.join(" + ")}) * 1.0 / ${words.length}`, params: [...words] };
}

/** A page number from ?page=; anything malformed is page 1. */
export function parseSearchPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^[1-9]\d{0,3}$/.test(value)) return 1;
  return Number(value);
}
