import { escapeHtml } from "./escape-html";

// The dateline and reporters that open an article's first paragraph:
// 本港讯（周重新 杨光勇）. Stored apart from the body so that the byline is data
// (reporters are searchable, the dateline is editable) and joined at render.

export function bylineText(dateline: string, reporters: string[]): string {
  const names = reporters.join(" ");
  if (dateline && names) return `${dateline}（${names}）`;
  return dateline || (names ? `（${names}）` : "");
}

/**
 * Puts the byline at the start of the body's first paragraph, as Chinese
 * newspapers print it; as a paragraph of its own when the body does not start
 * with one. The body is sanitized HTML; the byline is escaped here.
 */
export function bodyWithByline(bodyHtml: string, dateline: string, reporters: string[]): string {
  const byline = bylineText(dateline, reporters);
  if (!byline) return bodyHtml;
  const lead = `<span class="article-dateline">${escapeHtml(byline)}</span>`;
  if (bodyHtml.startsWith("<p>")) return `<p>${lead}${bodyHtml.slice(3)}`;
  return `<p>${lead}</p>${bodyHtml}`;
}
