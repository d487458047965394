import sanitize from "sanitize-html";

// The one allowlist for article bodies. Everything that reaches the database
// goes through here (see lib/data/articles/create-article.ts), so the public
// pages can render stored HTML as it is. Scripts, event handlers, inline
// styles and javascript: links never survive.
const options: sanitize.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "br", "hr", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: {
    // rel and target are set by the link transform below, never taken from input.
    a: ["href", "title", "rel", "target"],
    // title carries the picture's 图注 from the editor (drawn as <figcaption> on the page: image-captions.ts).
    img: ["src", "srcset", "sizes", "alt", "title", "width", "height"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  // An editor's h1 would compete with the page title: demote it.
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => {
      const { href, title } = attribs;
      const kept = { ...(href ? { href } : {}), ...(title ? { title } : {}) };
      const external = /^https?:\/\//i.test(href ?? "");
      return { tagName, attribs: external ? { ...kept, rel: "noopener noreferrer nofollow", target: "_blank" } : kept };
    },
  },
  // Text inside removed elements such as <script> or <style> is dropped too.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object"],
};

export function sanitizeArticleHtml(html: string): string {
  return sanitize(html, options).trim();
}

/** The text of an HTML fragment, whitespace folded: for summaries and search. */
export function htmlToText(html: string): string {
  // Blocks end in a space so that a heading and the next paragraph do not run together.
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|td|th)>|<br\s*\/?>/gi, "$& ");
  return sanitize(spaced, { allowedTags: [], allowedAttributes: {}, nonTextTags: options.nonTextTags })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
