// Cuts Chinese text into the pieces 朗读 speaks one at a time: one sentence
// each, so the sentence being read can be highlighted, and short enough that
// phone speech engines (which drop long utterances) read them whole.

/** A sentence as character offsets into the text it came from. */
export type SentenceSpan = { start: number; end: number };

/** Punctuation that ends a sentence, with the closing quotes and brackets that may follow it. */
const SENTENCE_END = /[。！？!?；;…]+[”’」』）)》]*/g;
/** Where an overlong sentence may be cut: after a comma or an enumeration mark. */
const CLAUSE_END = /[，,、：:]/g;
/** Longer than this, a sentence is read clause by clause. */
export const MAX_SENTENCE_CHARS = 80;

function trimmed(text: string, start: number, end: number): SentenceSpan | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Cuts [start, end) of text after clause marks into pieces of at most about MAX_SENTENCE_CHARS. */
function clauses(text: string, start: number, end: number): SentenceSpan[] {
  if (end - start <= MAX_SENTENCE_CHARS) return [{ start, end }];
  const pieces: SentenceSpan[] = [];
  let from = start;
  let lastCut = -1;
  CLAUSE_END.lastIndex = start;
  for (let m = CLAUSE_END.exec(text); m && m.index < end; m = CLAUSE_END.exec(text)) {
    const cut = m.index + 1;
    if (cut - from > MAX_SENTENCE_CHARS && lastCut > from) {
      pieces.push({ start: from, end: lastCut });
      from = lastCut;
    }
    lastCut = cut;
  }
  pieces.push({ start: from, end });
  return pieces;
}

/** The sentences of text, in order, without surrounding white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  const push = (start: number, end: number) => {
    const span = trimmed(text, start, end);
    if (span) spans.push(...clauses(text, span.start, span.end));
  };
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}
