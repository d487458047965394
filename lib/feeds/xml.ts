// The few XML helpers the feeds and sitemaps share. Text comes from editors,
// imports and readers' submissions, so every value is escaped, and the
// characters XML 1.0 forbids outright are dropped: a single stray control
// character (pasted from Word, or in an archive import) would otherwise make
// the whole document ill-formed and feed readers reject all of it.

// Tab, newline and carriage return are the only C0 controls XML 1.0 allows;
// U+FFFE/U+FFFF and unpaired surrogates are not characters at all.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** `<name>escaped text</name>` */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
