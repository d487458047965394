import "server-only";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

// Chinese has no spaces between words, so both the index and the queries are
// cut into words by jieba here, and the database's word index only ever sees
// space-separated words. The same cutter on both sides is what makes a query
// word meet the indexed word.

let jieba: Jieba | null = null;

/** Loading the dictionary takes ~0.2 s: once per process, on first use. */
function cutter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Everything that is neither letter nor digit; FTS syntax characters among them. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Words as the index keeps them: lower case, letters and digits only; tokens of punctuation and spaces vanish. */
function cleanWords(tokens: string[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const word = token.toLowerCase().replace(NON_WORD, "");
    if (word) words.push(word);
  }
  return words;
}

/** Full-width letters and digits (Ｇ６０) become their ASCII forms, so both spellings meet. */
function normalized(text: string): Buffer {
  // jieba takes UTF-8 bytes faster than a JavaScript string.
  return Buffer.from(text.normalize("NFKC"));
}

/**
 * The words of a text for the index, joined by spaces. Search mode also
 * emits the shorter words inside long ones (雷山县 → 雷山 山县 雷山县), so a
 * reader's shorter query still finds the longer word.
 */
export function segmentForIndex(text: string): string {
  if (!text) return "";
  return cleanWords(cutter().cutForSearch(normalized(text), true)).join(" ");
}

/** At most this many words of a query are searched for. */
const MAX_QUERY_WORDS = 12;

/**
 * A reader's query as distinct words (precise mode: 矛盾纠纷 → 矛盾, 纠纷).
 * Punctuation, quotes and operators typed by the reader are dropped here, so
 * none of them ever reaches the database's query syntax.
 */
export function queryWords(query: string): string[] {
  return [...new Set(cleanWords(cutter().cut(normalized(query), true)))].slice(0, MAX_QUERY_WORDS);
}
