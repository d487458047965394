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
