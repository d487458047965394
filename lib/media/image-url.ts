import type { ImageView } from "@/lib/view-types";

// URLs of stored image variants, served by app/media/[...path]/route.ts.
// Pure functions: components use them to build src and srcset.

export function imageUrl(image: Pick<ImageView, "key" | "format">, width: number): string {
  return `/media/${image.key}-${width}.${image.format}`;
}

/** The smallest stored variant at least `width` pixels wide (the largest if none is). */
export function imageSrc(image: ImageView, width: number): string {
  const fit = image.widths.find((w) => w >= width) ?? image.widths[image.widths.length - 1];
  return imageUrl(image, fit);
}

export function imageSrcSet(image: ImageView): string {
  return image.widths.map((w) => `${imageUrl(image, w)} ${w}w`).join(", ");
}

/**
 * srcset of the AVIF variants, for a <source type="image/avif"> ahead of the
 * WebP <img>; "" when the image has none (pictures stored without them).
 */
export function imageAvifSrcSet(image: Pick<ImageView, "key" | "widths" | "hasAvif">): string {
  if (!image.hasAvif) return "";
  return image.widths.map((w) => `${imageUrl({ key: image.key, format: "avif" }, w)} ${w}w`).join(", ");
}

/** A 360 px wide phone at 2× drawing a picture full width: what a 省流量 placeholder's size is quoted for. */
export const PHONE_PICTURE_PIXELS = 720;

/** The narrowest `url Nw` candidate at least PHONE_PICTURE_PIXELS wide (else the widest); `fallback` when the srcset has none. */
export function phoneCandidate(srcset: string, fallback: string): string {
  const candidates = srcset
    .split(",")
    .map((c) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(c))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ url: m[1], width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
  if (candidates.length === 0) return fallback;
  return (candidates.find((c) => c.width >= PHONE_PICTURE_PIXELS) ?? candidates[candidates.length - 1]).url;
}

/** The stored variant a phone fetches for a picture drawn full width (AVIF where the picture has it). */
export function phoneImageUrl(image: ImageView): string {
  return phoneCandidate(image.hasAvif ? imageAvifSrcSet(image) : imageSrcSet(image), imageSrc(image, PHONE_PICTURE_PIXELS));
}

/** What a picture's storage key may be: lowercase letters, digits, `/`, `_` and `-`, never starting with `/` or `.`. */
export const MEDIA_KEY_PATTERN = /^[a-z0-9][a-z0-9/_-]{0,120}$/;

const MEDIA_VARIANT_NAME = /^(.+)-(\d{2,4})\.(webp|avif|jpg|png)$/;

export type MediaVariantName = { key: string; width: number; format: "webp" | "avif" | "jpg" | "png" };

/**
 * A stored variant's file name under /media/ (`<key>-<width>.<format>`) taken
 * apart, or null when it is not one. Whatever passes names a file inside the
 * media folder: the key pattern has no `.`, so no `..` can climb out of it.
 */
export function parseMediaVariantName(name: string): MediaVariantName | null {
  const match = MEDIA_VARIANT_NAME.exec(name);
  if (!match || !MEDIA_KEY_PATTERN.test(match[1])) return null;
  return { key: match[1], width: Number(match[2]), format: match[3] as MediaVariantName["format"] };
}
