import { phoneCandidate } from "@/lib/media/image-url";

// 省流量: every picture in an article's body gets a placeholder beside it,
// the picture's own size (aspect ratio), its 图注 and how much it costs.
// Both are in the cached HTML; app/globals.css shows one or the other by the
// `data-saver` attribute on <html>. The picture is lazy, so while 省流量 hides
// it (display: none) Chromium never fetches it; a tap on the placeholder
// (handled by lib/client/data-saver/apply-script.ts) shows it, and then it
// loads. The input is sanitized HTML with its 图注 already drawn
// (drawImageCaptions): attribute values and captions are escaped.
const BODY_PICTURE = /<img\b([^>]*?)\s*\/?>(\s*<figcaption>([\s\S]*?)<\/figcaption>)?/g;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** 「约 45 KB」; "" when the size is unknown. */
export function pictureSizeLabel(bytes: number | undefined): string {
  return bytes === undefined ? "" : `约 ${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The variant of a body picture a phone fetches: from its srcset, else its src. */
function phoneUrl(attributes: string): string {
  return phoneCandidate(attribute(attributes, "srcset") ?? "", attribute(attributes, "src") ?? "");
}

/** The URLs whose sizes drawSaverPlaceholders quotes, one per body picture. */
export function bodyPictureUrls(html: string): string[] {
  return [...html.matchAll(BODY_PICTURE)].map((m) => phoneUrl(m[1]));
}

/**
 * A placeholder's markup; `caption` is HTML (escaped text). The cover's
 * (components/data-saver/saver-picture.tsx) is drawn by React, and its test
 * checks that it renders exactly this.
 */
export function saverPlaceholderHtml(ratio: string | null, size: string, caption: string): string {
  const style = ratio ? ` style="aspect-ratio:${ratio}"` : "";
  return (
    `<button type="button" class="saver-placeholder" data-saver-load=""${style}>` +
    `<span class="saver-placeholder-size">图片${size ? ` · ${size}` : ""}</span>` +
    (caption ? `<span class="saver-placeholder-caption">${caption}</span>` : "") +
    `<span class="saver-placeholder-action">点按加载</span></button>`
  );
}

export function drawSaverPlaceholders(html: string, sizes: Record<string, number>): string {
  return html.replace(BODY_PICTURE, (_match, attributes: string, captionBlock: string | undefined, caption: string | undefined) => {
    const width = Number(attribute(attributes, "width"));
    const height = Number(attribute(attributes, "height"));
    const ratio = width > 0 && height > 0 ? `${Math.round(width)} / ${Math.round(height)}` : null;
    const label = (caption ?? attribute(attributes, "alt") ?? "").trim();
    const img = `<img${attributes} loading="lazy" decoding="async" class="saver-img">`;
    return `<span class="saver-picture" data-saver-picture="">${img}${saverPlaceholderHtml(ratio, pictureSizeLabel(sizes[phoneUrl(attributes)]), label)}</span>${captionBlock ?? ""}`;
  });
}
