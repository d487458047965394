import { escapeHtml } from "@/lib/content/escape-html";
import { imageSrc, imageSrcSet } from "@/lib/media/image-url";
import type { ImageView } from "@/lib/view-types";

// A reader's plain text becomes article HTML only here, and only escaped:
// whatever a reader types, tags included, comes out as text.

/** One <p> per line: readers end paragraphs with a single newline as often as with a blank line. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("\n");
}

/** A picture in the body, with the same responsive attributes the editor's uploads get. */
export function figureHtml(image: ImageView): string {
  const attrs = [
    `src="${escapeHtml(imageSrc(image, 960))}"`,
    `srcset="${escapeHtml(imageSrcSet(image))}"`,
    `sizes="(max-width: 768px) 100vw, 768px"`,
    `alt="${escapeHtml(image.alt)}"`,
    `width="${image.width}"`,
    `height="${image.height}"`,
  ];
  return `<figure><img ${attrs.join(" ")}></figure>`;
}
