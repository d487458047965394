// A picture's 图注 is stored as its title attribute (the editor's image node
// has no caption of its own, and a <figure> would not survive a round trip
// through it); on the page it is drawn as a <figure> with a <figcaption>.
// The input is sanitized HTML, whose attribute values are already escaped.
const CAPTIONED_IMAGE = /<img\b([^>]*?)\stitle="([^"]*)"([^>]*)>/g;

export function drawImageCaptions(html: string): string {
  return html.replace(CAPTIONED_IMAGE, (_match, before: string, caption: string, after: string) =>
    caption.trim() ? `<figure><img${before}${after}><figcaption>${caption}</figcaption></figure>` : `<img${before}${after}>`,
  );
}
