import { escapeHtml } from "@/lib/content/escape-html";

// Marks the query words in titles and snippets. The text is cut into pieces
// at the matches and every piece is HTML-escaped on its own before <mark> is
// put around the matched ones, so no character of a title or body (nor of
// the query) ever reaches the page unescaped, and a mark can never fall
// inside an escape sequence such as &amp;.

type Range = [start: number, end: number];

function matchRanges(text: string, words: string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
      ranges.push([at, at + word.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** The whole text, escaped, with every occurrence of the words in <mark>. */
export function highlightHtml(text: string, words: string[]): string {
  let html = "";
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * About `length` characters of the text around the first match (or its
 * beginning when nothing matches), escaped and marked, with … where cut.
 */
export function snippetHtml(text: string, words: string[], length = 110): string {
  const first = matchRanges(text, words)[0];
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 4), text.length - length)) : 0;
  const end = Math.min(text.length, start + length);
  const piece = text.slice(start, end);
  return `${start > 0 ? "…" : ""}${highlightHtml(piece, words)}${end < text.length ? "…" : ""}`;
}
