// Pre-cleans clipboard HTML before Tiptap parses it. It runs in the browser on
// every paste and in Node for tests, so it is a small string tokenizer rather
// than sanitize-html or DOMParser. It is a convenience, not a security
// boundary: the server sanitizes the stored HTML again (sanitize-html.ts).

// Elements whose content is never article text (Word's <xml> settings, CSS,
// scripts, page chrome such as share buttons and icons).
const DROP_WITH_CONTENT = new Set([
  "head", "title", "style", "script", "noscript", "template", "xml", "iframe", "object", "embed",
  "svg", "math", "canvas", "video", "audio", "button", "select", "textarea", "map",
]);
const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track", "param"]);
const KEEP = new Set([
  "p", "h2", "h3", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "br", "hr",
  "sub", "sup", "figure", "figcaption", "div",
]);
// Page layout and table cells become plain blocks, so that text in sibling
// cells or divs does not run together into one paragraph.
const AS_DIV = new Set([
  "section", "article", "header", "footer", "main", "aside", "nav", "address", "center", "pre",
  "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "form", "fieldset",
  "details", "summary",
]);
// The editor has two heading levels; Word's 标题 1 and a web page's <h1> are
// the article's own sections here, not a second page title.
const RENAME: Record<string, string> = { h1: "h2", h4: "h3", h5: "h3", h6: "h3" };

// Whitespace that Chinese editors type to indent a paragraph: the site indents with CSS.
// (JavaScript's \s already covers U+00A0 and the full-width U+3000; listing them
// again would make the alternation ambiguous and backtrack exponentially.)
const INDENT = String.raw`(?:\s|&nbsp;|&#160;|&#x0*a0;|&#12288;|&#x3000;|&ensp;|&emsp;)`;
const CJK = String.raw`[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]`;
const TAG = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

type Attrs = Record<string, string>;

function parseAttrs(source: string): Attrs {
  const attrs: Attrs = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return attrs;
}

function parseStyle(style = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of style.split(";")) {
    const i = decl.indexOf(":");
    if (i > 0) out[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).replace(/!important/i, "").trim().toLowerCase();
  }
  return out;
}

const attr = (name: string, value: string) => ` ${name}="${value.replace(/"/g, "&quot;").replace(/>/g, "&gt;")}"`;
// Root-relative paths stay so that copying within the editor keeps our own /media images.
const isWebUrl = (url: string) => /^(https?:\/\/|\/(?!\/))/i.test(url.trim());
const isSrcsetOk = (srcset: string) => srcset.split(",").every((c) => isWebUrl(c.trim()));

/** Bold/italic/underline that a web page or Google Docs expresses in CSS rather than tags. */
function styleMarks(style: Record<string, string>): string[] {
  const marks: string[] = [];
  if (/^(bold|bolder|[6-9]00)$/.test(style["font-weight"] ?? "")) marks.push("strong");
  if (/^(italic|oblique)/.test(style["font-style"] ?? "")) marks.push("em");
  if (/underline/.test(style["text-decoration"] ?? style["text-decoration-line"] ?? "")) marks.push("u");
  return marks;
}

/** The open and close markup that replaces one source element ("" drops the tag but keeps its content). */
function mapElement(name: string, attrs: Attrs, inLink: boolean): { open: string; close: string } {
  const style = parseStyle(attrs.style);
  let tag: string | null = RENAME[name] ?? (AS_DIV.has(name) ? "div" : KEEP.has(name) ? name : null);
  let extra = "";
  if (name === "p") {
    const cls = attrs.class ?? "";
    if (/\bMso(Title|Heading\d*)\b/i.test(cls)) tag = "h2";
    else if (/\bMsoSubtitle\b/i.test(cls)) tag = "h3";
  } else if (name === "b" || name === "strong") {
    // Google Docs wraps a whole paste in <b style="font-weight:normal">.
    if (/^(normal|lighter|[1-5]00)$/.test(style["font-weight"] ?? "")) tag = null;
  } else if (name === "i" || name === "em") {
    if (style["font-style"] === "normal") tag = null;
  } else if (name === "a") {
    const href = (attrs.href ?? "").trim();
    tag = /^(https?:\/\/|mailto:)/i.test(href) ? "a" : null;
    if (tag) extra = attr("href", href) + (attrs.title ? attr("title", attrs.title) : "");
  } else if (name === "img") {
    // Chinese news sites lazy-load: the real picture is in data-src / data-original.
    const src = [attrs["data-src"], attrs["data-original"], attrs.src].find((s) => s && isWebUrl(s));
    if (!src) return { open: "", close: "" };
    extra = attr("src", src.trim());
    if (attrs.srcset && isSrcsetOk(attrs.srcset)) extra += attr("srcset", attrs.srcset) + (attrs.sizes ? attr("sizes", attrs.sizes) : "");
    if (attrs.alt) extra += attr("alt", attrs.alt);
    for (const dim of ["width", "height"]) if (/^\d+$/.test(attrs[dim] ?? "")) extra += attr(dim, attrs[dim]);
    return { open: `<img${extra}>`, close: "" };
  }
  // ProseMirror marks its own clipboard HTML with data-pm-slice; keeping it makes
  // cut-and-paste inside the editor join lists and paragraphs correctly.
  if (tag && attrs["data-pm-slice"] !== undefined) extra += attr("data-pm-slice", attrs["data-pm-slice"]);
  // Headings are bold anyway, and Word and web pages underline every link.
  const marks = VOID.has(name) ? [] : styleMarks(style).filter((m) =>
    m !== tag && !(m === "strong" && /^h\d$/.test(tag ?? "")) && !(m === "u" && (inLink || name === "a")));
  const open = (tag ? `<${tag}${extra}>` : "") + marks.map((m) => `<${m}>`).join("");
  const close = marks.reverse().map((m) => `</${m}>`).join("") + (tag && !VOID.has(tag) ? `</${tag}>` : "");
  return { open, close };
}

/** Word marks list items as paragraphs with mso-list styles and a typed-out
 *  number; turn runs of them into real <ol>/<ul>. Nesting is flattened. */
function convertWordLists(html: string): string {
  const markerRe = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;
  const tagged = html.replace(/<p\b([^>]*mso-list:\s*l\d+[^>]*)>([\s\S]*?)<\/p>/gi, (_all, _attrs, inner: string) => {
    const marker = markerRe.exec(inner);
    const text = (marker?.[1] ?? "").replace(/<[^>]*>|&nbsp;|\s/g, "");
    const kind = /^[(（]?([0-9０-９]+|[a-zA-Z]|[ivxlIVXL]+|[一二三四五六七八九十]+)[.．)）、]/.test(text) ? "ol" : "ul";
    return `<li data-word-list="${kind}">${marker ? inner.replace(marker[0], "") : inner}</li>`;
  });
  return tagged.replace(/(?:<li data-word-list="(ol|ul)">[\s\S]*?<\/li>\s*)+/g, (run) => {
    // A run may switch between numbered and bulleted items: split it where it does.
    return run.replace(/(?:<li data-word-list="(ol|ul)">[\s\S]*?<\/li>\s*)(?:<li data-word-list="\1">[\s\S]*?<\/li>\s*)*/g,
      (group, kind: string) => `<${kind}>${group.trim()}</${kind}>`);
  });
}

export function cleanPastedHtml(html: string): string {
  let s = html
    .replace(/\r\n?/g, "\n")
    // Word's list numbers live in "downlevel" conditionals: read them before comments go.
    .replace(/<!--\[if !supportLists\]-->/gi, "<![if !supportLists]>")
    .replace(/<!--\[endif\]-->/gi, "<![endif]>");
  s = convertWordLists(s)
    .replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, "")
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    // Other downlevel-revealed conditionals (e.g. <![if !vml]> around Word's fallback <img>) keep their content.
    .replace(/<!\[(?:if[^\]]*|endif)\]>/gi, "")
    .replace(/<!DOCTYPE[^>]*>|<\?xml[^>]*>/gi, "");

  let out = "";
  let last = 0;
  const stack: { name: string; close: string }[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(s); m; m = TAG.exec(s)) {
    // Text between tags is already escaped; a stray "<" from a broken tag must not become markup.
    out += s.slice(last, m.index).replace(/</g, "&lt;");
    last = TAG.lastIndex;
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) for (const e of stack.splice(at).reverse()) out += e.close;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (m[0].endsWith("/>")) continue;
      const end = new RegExp(`</${name}\\s*>`, "gi");
      end.lastIndex = last;
      last = end.exec(s) ? end.lastIndex : s.length;
      TAG.lastIndex = last;
      continue;
    }
    // Office namespaces (o:p, v:shape, w:sdt…) carry layout only; their text, if any, stays.
    const { open, close } = name.includes(":") ? { open: "", close: "" } : mapElement(name, parseAttrs(m[3]), stack.some((e) => e.name === "a"));
    out += open;
    if (!VOID.has(name) && !m[0].endsWith("/>")) stack.push({ name, close });
  }
  out += s.slice(last).replace(/</g, "&lt;");
  for (const e of stack.reverse()) out += e.close;

  return out
    // Word wraps long lines anywhere in Chinese text; next to a Chinese character
    // the newline was no space in the original, elsewhere it replaced one.
    .replace(new RegExp(`(${CJK})((?:<[^>]*>)*)[ \\t]*\\n\\s*`, "g"), "$1$2")
    .replace(new RegExp(`[ \\t]*\\n\\s*((?:<[^>]*>)*)(?=${CJK})`, "g"), "$1")
    .replace(/\s*\n\s*/g, " ")
    .replace(new RegExp(`(<(?:p|h2|h3|li|div|blockquote)(?: [^>]*)?>|<br>)((?:<(?:strong|b|em|i|u|a)(?: [^>]*)?>)*)${INDENT}+`, "g"), "$1$2")
    .replace(new RegExp(`<(p|h2|h3|div)(?: [^>]*)?>(?:${INDENT}|<br>|</?(?:strong|b|em|i|u)>)*</\\1>`, "g"), "")
    .replace(/>\s+(?=<\/?(?:p|h\d|div|li|ul|ol|blockquote|figure)\b)/g, ">")
    .trim();
}

/** Plain-text paste (Notepad, WeChat): drop the full-width spaces typed to indent each line. */
export function cleanPastedText(text: string): string {
  return text.replace(/^[ \t\u00a0\u3000]+/gm, "");
}
