import type { ImageView } from "@/lib/view-types";

export const imageSelect = {
  key: true,
  width: true,
  height: true,
  widths: true,
  format: true,
  alt: true,
  caption: true,
  credit: true,
  hasAvif: true,
} as const;

type ImageRow = { key: string; width: number; height: number; widths: string; format: string; alt: string; caption: string; credit: string; hasAvif: boolean };

export function toImageView(row: ImageRow | null): ImageView | null {
  if (!row) return null;
  // A picture with a 图注 but no alt text is described by its caption, never by alt="".
  return { ...row, alt: row.alt || row.caption, widths: row.widths.split(",").map(Number).filter((w) => w > 0) };
}
