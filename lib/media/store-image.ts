import "server-only";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { MEDIA_KEY_PATTERN, parseMediaVariantName, type MediaVariantName } from "@/lib/media/image-url";

/** Widths of the variants every stored picture gets: phone, tablet, desktop. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280] as const;

/** The widest variant kept; larger originals are only ever stored scaled down. */
export const MAX_VARIANT_WIDTH = 1600;

const DEFAULT_MAX_INPUT_PIXELS = 40_000_000;

// Measured on a 2-core machine with 3000×2000 photos (five variants):
// effort 2 takes 1–3 s; effort 3 up to 1.8 times as long for files 0–6%
// smaller; effort 4 five to seven times as long for 2–3% more. An editor
// waits for this, on a server that is also answering readers.
// Quality 50 in AVIF looks about like WebP at 78 and is about half the size.
const AVIF_OPTIONS = { quality: 50, effort: 2 } as const;
const WEBP_OPTIONS = { quality: 78 } as const;

export type StoreImageInput = {
  /** Storage key, e.g. "demo/0007"; letters, digits, "/", "_" and "-" only. */
  key: string;
  data: Buffer;
  alt?: string;
  caption?: string;
  credit?: string;
  /** Also write AVIF variants at the same widths (slower; the WebP ones are always written). */
  avif?: boolean;
  uploadedById?: number | null;
  /** Pictures with more pixels are refused before being decoded. */
  maxInputPixels?: number;
};

/**
 * Thrown when the picture itself cannot be read or converted (corrupt,
 * truncated, not an image, too many pixels), as opposed to a failure of the
 * disk or the database. The sharp error is the cause.
 */
export class InvalidImageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InvalidImageError";
  }
}

export function mediaFilePath(fileName: string): string {
  return path.resolve(env.MEDIA_DIR, fileName);
}

/**
 * The file of a stored variant by its name under /media/, and its format; null
 * for anything that is not a well-formed variant name, before the file system
 * is touched (the media route and the 省流量 sizes both ask here).
 */
export function storedVariantFile(name: string): { file: string; format: MediaVariantName["format"] } | null {
  const variant = parseMediaVariantName(name);
  return variant ? { file: mediaFilePath(name), format: variant.format } : null;
}

/**
 * The variant widths for a picture `originalWidth` pixels wide, ascending:
 * the standard widths below it plus the picture's own width (capped at
 * MAX_VARIANT_WIDTH), so there is always a variant and none is upscaled.
 */
export function variantWidths(originalWidth: number): number[] {
  const top = Math.min(Math.floor(originalWidth), MAX_VARIANT_WIDTH);
  if (!(top >= 1)) throw new RangeError(`图片宽度无效: ${originalWidth}`);
  // A standard width within 10% of the top one would be a near copy of it,
  // costing an encode and disk space for no visible gain.
  return [...VARIANT_WIDTHS.filter((w) => w < top * 0.9), top];
}

type Variant = { file: string; data: Buffer };

/**
 * Resizes a picture into WebP (and optionally AVIF) variants, never
 * upscaled, writes them under MEDIA_DIR and records the image.
 *
 * Throws InvalidImageError when the picture cannot be read; nothing is
 * written then. If the database insert fails the files written are removed.
 */
export async function storeImage({
  key,
  data,
  alt = "",
  caption = "",
  credit = "",
  avif = false,
  uploadedById = null,
  maxInputPixels = DEFAULT_MAX_INPUT_PIXELS,
}: StoreImageInput) {
  if (!MEDIA_KEY_PATTERN.test(key)) throw new Error(`图片存储键无效: ${key}`);
  // Variant files are served as immutable for a year: never overwrite those
  // of an image already recorded under this key.
  if (await db.image.findUnique({ where: { key }, select: { id: true } })) throw new Error(`图片存储键已存在: ${key}`);

  const { width, height, widths, variants } = await encodeVariants(key, data, avif, maxInputPixels);

  await mkdir(path.dirname(mediaFilePath(key)), { recursive: true });
  const written: string[] = [];
  try {
    for (const v of variants) {
      await writeFile(mediaFilePath(v.file), v.data);
      written.push(v.file);
    }
    return await db.image.create({
      data: { key, width, height, widths: widths.join(","), format: "webp", hasAvif: avif, alt, caption, credit, uploadedById },
      select: { id: true, key: true, width: true, height: true, widths: true, format: true, hasAvif: true, alt: true },
    });
  } catch (error) {
    await Promise.all(written.map((file) => rm(mediaFilePath(file), { force: true })));
    throw error;
  }
}

// Everything is encoded in memory before the first file is written, so a
// picture that turns out to be corrupt halfway through leaves no files.
// The variants of a picture up to 1600 px wide come to well under a megabyte.
async function encodeVariants(key: string, data: Buffer, avif: boolean, maxInputPixels: number) {
  try {
    // failOn "error" refuses truncated or broken pictures but, unlike the
    // default "warning", accepts the harmless libjpeg warnings that many
    // cameras' and editors' JPEGs produce.
    //
    // Privacy: no .withMetadata()/.keepMetadata() anywhere here. Without
    // them sharp writes no EXIF, XMP or ICC data into the output, so a phone
    // photo's GPS position, capture time and camera serial never reach
    // readers. .rotate() bakes the EXIF orientation into the pixels, since
    // the orientation tag is dropped along with the rest.
    const source = sharp(data, { limitInputPixels: maxInputPixels, failOn: "error" }).rotate();
    const meta = await source.metadata();
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    if (!width || !height) throw new Error("no dimensions");

    const widths = variantWidths(width);
    const variants: Variant[] = [];
    // One width at a time, its WebP and AVIF side by side: enough to keep two
    // cores busy without taking every libuv thread, which the media route's
    // file reads need too.
    for (const w of widths) {
      const resized = () => source.clone().resize({ width: w, withoutEnlargement: true });
      const [webp, avifData] = await Promise.all([
        resized().webp(WEBP_OPTIONS).toBuffer(),
        avif ? resized().avif(AVIF_OPTIONS).toBuffer() : null,
      ]);
      variants.push({ file: `${key}-${w}.webp`, data: webp });
      if (avifData) variants.push({ file: `${key}-${w}.avif`, data: avifData });
    }
    return { width, height, widths, variants };
  } catch (error) {
    throw new InvalidImageError("无法识别的图片", { cause: error });
  }
}
