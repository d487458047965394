import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** Widths of the variants every stored picture gets: phone, tablet, desktop. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280] as const;

export type StoreImageInput = {
  /** Storage key, e.g. "demo/0007"; letters, digits, "/", "_" and "-" only. */
  key: string;
  data: Buffer;
  alt?: string;
  caption?: string;
  credit?: string;
};

export const MEDIA_KEY_PATTERN = /^[a-z0-9][a-z0-9/_-]{0,120}$/;

export function mediaFilePath(fileName: string): string {
  return path.resolve(env.MEDIA_DIR, fileName);
}

/**
 * Resizes a picture into WebP variants (never upscaled), writes them under
 * MEDIA_DIR and records the image. Metadata such as EXIF location is not
 * copied into the variants (sharp drops it unless asked to keep it).
 */
export async function storeImage({ key, data, alt = "", caption = "", credit = "" }: StoreImageInput) {
  if (!MEDIA_KEY_PATTERN.test(key) || key.includes("..")) throw new Error(`图片存储键无效: ${key}`);
  const source = sharp(data, { limitInputPixels: 40_000_000 }).rotate();
  const meta = await source.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error("无法识别的图片");

  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (widths.length === 0 || widths[widths.length - 1] !== width) widths.push(Math.min(width, 1600));
  await mkdir(path.dirname(mediaFilePath(key)), { recursive: true });
  for (const w of widths) {
    const out = await source.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    await writeFile(mediaFilePath(`${key}-${w}.webp`), out);
  }
  return db.image.create({
    data: { key, width, height, widths: widths.join(","), format: "webp", alt, caption, credit },
    select: { id: true },
  });
}
