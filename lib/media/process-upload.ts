import "server-only";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { toChinaIso } from "@/lib/format/date";
import { MEDIA_KEY_PATTERN } from "@/lib/media/image-url";
import { InvalidImageError, storeImage } from "@/lib/media/store-image";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024; // 10 MB
export const MAX_UPLOAD_PIXELS = 40_000_000; // 40 MP
export const MIN_UPLOAD_SIDE = 16;

export type UploadedImage = {
  id: number;
  key: string;
  width: number;
  height: number;
  widths: number[];
  format: string;
  hasAvif: boolean;
  alt: string;
};

export type UploadResult = { ok: true; image: UploadedImage } | { ok: false; error: string };

export type ProcessImageUploadOptions = {
  alt?: string;
  uploadedById?: number | null;
  /** First part of the storage key, e.g. "uploads" or "reader"; lower-case. */
  keyPrefix?: string;
  /** Also store AVIF variants (default true). */
  avif?: boolean;
};

/** The messages shown to the person uploading. */
export const UPLOAD_ERRORS = {
  empty: "文件为空",
  tooLarge: "图片不能超过10MB",
  notImage: "不是有效的图片文件",
  tooManyPixels: "图片像素过大，不能超过4000万像素",
  tooSmall: `图片太小，长和宽都不能小于${MIN_UPLOAD_SIDE}像素`,
  corrupt: "图片文件已损坏或不完整，无法读取",
  heic: "暂不支持 HEIC 格式的图片，请转换为 JPEG 后再上传",
} as const;

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "heif"]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PREFIX_PATTERN = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/**
 * Validates an uploaded picture by its content (the file name and declared
 * MIME type are ignored) and stores it with storeImage.
 *
 * Any problem with the picture comes back as `{ ok: false, error }`.
 * Failures of the disk or database still throw, as they are not the
 * uploader's doing; so does an invalid keyPrefix, a programming error.
 */
export async function processImageUpload(file: File | Blob, options: ProcessImageUploadOptions = {}): Promise<UploadResult> {
  const { alt = "", uploadedById = null, keyPrefix = "uploads", avif = true } = options;
  if (!PREFIX_PATTERN.test(keyPrefix)) throw new Error(`图片存储键前缀无效: ${keyPrefix}`);

  // Blob.size is known without reading the body, so an oversized file is
  // turned away before it is copied into memory a second time.
  if (file.size === 0) return fail("empty");
  if (file.size > MAX_UPLOAD_BYTES) return fail("tooLarge");

  let data: Buffer;
  try {
    data = Buffer.from(await file.arrayBuffer());
  } catch {
    return fail("corrupt");
  }

  // Only the decoders for the accepted formats ever see the bytes: sharp
  // would otherwise also run its SVG, TIFF, PDF… parsers on whatever a
  // reader sends.
  if (!hasAcceptedSignature(data)) return fail("notImage");

  let meta: sharp.Metadata;
  try {
    // limitInputPixels makes sharp refuse a decompression bomb from its
    // header alone, before any pixel is decoded.
    meta = await sharp(data, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" }).metadata();
  } catch (error) {
    return fail(classifySharpError(error));
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) return fail("notImage");
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) return fail("corrupt");
  if (width * height > MAX_UPLOAD_PIXELS) return fail("tooManyPixels");
  if (Math.min(width, height) < MIN_UPLOAD_SIDE) return fail("tooSmall");

  const key = newUploadKey(keyPrefix);
  try {
    const stored = await storeImage({ key, data, alt: alt.trim(), uploadedById, avif, maxInputPixels: MAX_UPLOAD_PIXELS });
    return { ok: true, image: { ...stored, widths: stored.widths.split(",").map(Number) } };
  } catch (error) {
    if (!(error instanceof InvalidImageError)) throw error;
    // The prebuilt sharp decodes AVIF but not HEVC, which is what iPhones'
    // HEIC photos use; the header reads fine, the pixels do not.
    if (meta.format === "heif" && meta.compression === "hevc") return fail("heic");
    return fail(classifySharpError(error.cause));
  }
}

function fail(reason: keyof typeof UPLOAD_ERRORS): UploadResult {
  return { ok: false, error: UPLOAD_ERRORS[reason] };
}

// sharp reports problems only as English messages; anything not recognised
// is treated as a damaged file, which is what it nearly always is.
function classifySharpError(error: unknown): keyof typeof UPLOAD_ERRORS {
  const message = error instanceof Error ? error.message : String(error);
  if (/exceeds pixel limit/i.test(message)) return "tooManyPixels";
  if (/unsupported image format/i.test(message)) return "notImage";
  return "corrupt";
}

function hasAcceptedSignature(data: Buffer): boolean {
  const ascii = (start: number, end: number) => data.toString("latin1", start, end);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return true; // JPEG
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) return true;
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return true;
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return true;
  return ascii(4, 8) === "ftyp"; // HEIF/AVIF (ISO base media file)
}

// The year and month are China's, so the folder an upload lands in does not
// depend on the server's time zone.
function newUploadKey(prefix: string): string {
  const iso = toChinaIso(new Date());
  const key = `${prefix}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${randomBytes(8).toString("hex")}`;
  if (!MEDIA_KEY_PATTERN.test(key)) throw new Error(`图片存储键前缀过长: ${prefix}`);
  return key;
}
