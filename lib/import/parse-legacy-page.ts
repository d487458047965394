import { escapeHtml } from "@/lib/content/escape-html";
import { parseChinaDateTime } from "@/lib/format/date";

// Reads an article page of the old portal, saved as text, into the parts the
// new one stores: for moving the archive over. The old pages print, in order:
// the channel and section bars, the headline, the contact line, 时间/来源,
// the body (paragraphs indented, sub-headings not), 责任编辑 and the
// previous/next/related/statement blocks, which are derived data and dropped.

export type LegacyArticle = {
  title: string;
  publishedAt: Date;
  source: string;
  dateline: string;
  reporters: string[];
  /** Sub-headings and paragraphs, in page order. */
  blocks: { kind: "heading" | "paragraph"; text: string }[];
  editorName: string;
};

const COLON = "[:：]";
const TIME_LINE = new RegExp(`^时间${COLON}\\s*(\\d{4}-\\d{1,2}-\\d{1,2}(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*(?:来源${COLON}\\s*(.*))?$`);
const EDITOR_LINE = new RegExp(`^责任编辑${COLON}\\s*([^【\\s]+)`);
// 本港讯 (周重新 杨光勇) or 本港讯（周重新 杨光勇）at the start of the first paragraph.
const BYLINE = /^(\S{2,20}?)\s*[(（]([^()（）]{1,40})[)）]\s*/;
const HEADING_MAX = 30;

export function parseLegacyArticlePage(text: string): LegacyArticle {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const timeIndex = lines.findIndex((l) => TIME_LINE.test(l.trim()));
  if (timeIndex < 0) throw new Error("找不到“时间”行，不是旧站文章页");

  const sectionBar = lines.findIndex((l) => l.includes("|"));
  const title = lines
    .slice(sectionBar + 1, timeIndex)
    .map((l) => l.trim())
    .find((l) => l && !/^在线投稿/.test(l));
  if (!title) throw new Error("找不到标题");

  const [, time, source = ""] = TIME_LINE.exec(lines[timeIndex].trim())!;
  const publishedAt = parseChinaDateTime(time);
  if (!publishedAt) throw new Error(`无法识别的时间: ${time}`);

  const editorIndex = lines.findIndex((l, i) => i > timeIndex && EDITOR_LINE.test(l.trim()));
  const bodyEnd = editorIndex < 0 ? lines.length : editorIndex;
  const blocks: LegacyArticle["blocks"] = [];
  for (const raw of lines.slice(timeIndex + 1, bodyEnd)) {
    const line = raw.replace(/\u00a0/g, " ");
    const textOnly = line.trim();
    if (!textOnly) continue;
    const indented = /^\s{2,}/.test(line);
    const kind = !indented && textOnly.length <= HEADING_MAX && !/[。！？]$/.test(textOnly) ? "heading" : "paragraph";
    blocks.push({ kind, text: kind === "heading" ? textOnly.replace(/\s+/g, " ") : textOnly });
  }

  let dateline = "";
  let reporters: string[] = [];
  const first = blocks.find((b) => b.kind === "paragraph");
  const byline = first ? BYLINE.exec(first.text) : null;
  if (first && byline) {
    dateline = byline[1];
    reporters = byline[2].split(/[\s、，,]+/).filter(Boolean);
    first.text = first.text.slice(byline[0].length);
  }

  const editorName = editorIndex < 0 ? "" : EDITOR_LINE.exec(lines[editorIndex].trim())![1];
  return { title, publishedAt, source: source.trim(), dateline, reporters, blocks, editorName };
}

/** The body as the HTML the new portal stores: <h3> sub-headings and <p> paragraphs. */
export function legacyBodyHtml(article: LegacyArticle): string {
  return article.blocks
    .map((b) => (b.kind === "heading" ? `<h3>${escapeHtml(b.text)}</h3>` : `<p>${escapeHtml(b.text)}</p>`))
    .join("\n");
}
