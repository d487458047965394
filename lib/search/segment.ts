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

/** A word worth indexing or searching for: it has a letter or a digit. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Everything that is neither letter nor digit; FTS syntax characters among them. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** One word made safe and uniform: lower case, only letters and digits. */
function cleanWord(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(NON_WORD, "");
}

/**
 * The words of a text for the index, joined by spaces. Search mode also
 * emits the shorter words inside long ones (雷山县 → 雷山 山县 雷山县), so a
 * reader's shorter query still finds the longer word.
 */
export function segmentForIndex(text: string): string {
  if (!text) return "";
  const words: string[] = [];
  for (const raw of cutter().cutForSearch(text.normalize("NFKC"), true)) {
    if (!WORDLIKE.test(raw)) continue;
    const word = cleanWord(raw);
    if (word) words.push(word);
  }
  return words.join(" ");
}

/** At most this many words of a query are searched for. */
export const MAX_QUERY_WORDS = 12;

/**
 * A reader's query as distinct words (precise mode: 矛盾纠纷 → 矛盾, 纠纷).
 * Punctuation, quotes and operators typed by the reader are dropped here, so
 * none of them ever reaches the database's query syntax.
 */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const raw of cutter().cut(query.normalize("NFKC"), true)) {
    const word = cleanWord(raw);
    if (word && !words.includes(word)) words.push(word);
  }
  return words.slice(0, MAX_QUERY_WORDS);
}
