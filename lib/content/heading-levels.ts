// Stored bodies may start their sub-headings at h3 (the old portal's pages
// and the demo text do); under the page's <h1> that skips a level, which
// screen-reader users navigate by. On the page the body's headings are
// lifted so that its highest is an h2, keeping their order among themselves.
const HEADING_TAG = /<(\/?)h([2-6])\b/g;

export function liftHeadings(html: string): string {
  const levels = [...html.matchAll(/<h([2-6])\b/g)].map((m) => Number(m[1]));
  if (levels.length === 0) return html;
  const shift = Math.min(...levels) - 2;
  if (shift <= 0) return html;
  return html.replace(HEADING_TAG, (_tag, slash: string, level: string) => `<${slash}h${Number(level) - shift}`);
}
