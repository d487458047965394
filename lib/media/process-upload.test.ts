import { existsSync } from "node:fs";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { imageAvifSrcSet } from "@/lib/media/image-url";
import { MAX_UPLOAD_BYTES, processImageUpload, UPLOAD_ERRORS, type UploadResult } from "@/lib/media/process-upload";
import { MAX_VARIANT_WIDTH, mediaFilePath, variantWidths } from "@/lib/media/store-image";
import { MEDIA_KEY_PATTERN } from "@/lib/media/image-url";

// Against the real migrated test database and a temporary MEDIA_DIR (see
// vitest.config.ts). Every picture is drawn here with sharp.

const GPS_EXIF = {
  IFD0: { Make: "TestPhone", Model: "X1", Software: "camera 1.0" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "36/1 4/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "120/1 22/1 30/1" },
};

function photo(width: number, height: number) {
  // Noise, blurred: something like a photo's detail, so encoding costs what it
  // would for a real one (a flat colour compresses to nothing).
  return sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  }).blur(1.5);
}

function file(data: Buffer, name: string, type: string) {
  return new File([new Uint8Array(data)], name, { type });
}

function expectOk(result: UploadResult) {
  if (!result.ok) throw new Error(`upload refused: ${result.error}`);
  return result.image;
}

/** A well-formed PNG whose header declares the given size over a few bytes of pixel data. */
function pngDeclaring(width: number, height: number) {
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer) {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe("variantWidths", () => {
  it("never upscales, always has a variant, and has no duplicates", () => {
    for (const width of [16, 100, 319, 320, 321, 640, 1000, 1280, 1300, 1422, 1600, 1601, 3000, 8000]) {
      const widths = variantWidths(width);
      expect(widths.length).toBeGreaterThan(0);
      expect(Math.max(...widths)).toBe(Math.min(width, MAX_VARIANT_WIDTH));
      expect(new Set(widths).size).toBe(widths.length);
      expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    }
    expect(variantWidths(3000)).toEqual([320, 640, 960, 1280, 1600]);
    expect(variantWidths(1280)).toEqual([320, 640, 960, 1280]);
    expect(variantWidths(1300)).toEqual([320, 640, 960, 1300]);
    expect(variantWidths(200)).toEqual([200]);
  });
});

describe("processImageUpload", () => {
  it("stores a JPEG as WebP and AVIF variants, without its EXIF", async () => {
    const jpeg = await photo(3000, 2000).jpeg({ quality: 90 }).withMetadata({ exif: GPS_EXIF }).toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const started = performance.now();
    const result = await processImageUpload(file(jpeg, "IMG_0001.JPG", "image/jpeg"), { alt: "  栈桥  " });
    const elapsed = performance.now() - started;
    console.log(`3000×2000 JPEG (${(jpeg.length / 1024).toFixed(0)} KB) → WebP+AVIF variants in ${elapsed.toFixed(0)} ms`);

    const image = expectOk(result);
    expect(image).toMatchObject({ width: 3000, height: 2000, format: "webp", hasAvif: true, alt: "栈桥" });
    expect(image.key).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{16}$/);
    expect(image.key).toMatch(MEDIA_KEY_PATTERN);
    expect(image.widths).toEqual([320, 640, 960, 1280, 1600]);

    for (const w of image.widths) {
      for (const ext of ["webp", "avif"]) {
        const variant = mediaFilePath(`${image.key}-${w}.${ext}`);
        expect(existsSync(variant), variant).toBe(true);
        const meta = await sharp(variant).metadata();
        expect(meta.width).toBe(w);
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
      }
    }

    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    expect(row).toMatchObject({ key: image.key, width: 3000, height: 2000, widths: "320,640,960,1280,1600", hasAvif: true, uploadedById: null });
    expect(imageAvifSrcSet({ ...image, hasAvif: row.hasAvif })).toBe(
      image.widths.map((w) => `/media/${image.key}-${w}.avif ${w}w`).join(", "),
    );
  });

  it("turns a picture upright by its EXIF orientation", async () => {
    const jpeg = await photo(300, 200).jpeg().withMetadata({ orientation: 6, exif: GPS_EXIF }).toBuffer();
    const image = expectOk(await processImageUpload(file(jpeg, "rotated.jpg", "image/jpeg"), { avif: false }));
    expect(image).toMatchObject({ width: 200, height: 300, widths: [200] });
    const meta = await sharp(mediaFilePath(`${image.key}-200.webp`)).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([200, 300, undefined, undefined]);
  });

  it("stores a PNG under another prefix, with its uploader, and without AVIF when asked", async () => {
    const user = await db.user.create({ data: { username: `uploader-${Date.now()}`, displayName: "上传者" } });
    const png = await sharp({ create: { width: 500, height: 400, channels: 4, background: { r: 0, g: 90, b: 160, alpha: 0.5 } } })
      .png()
      .toBuffer();
    // The declared type is wrong on purpose: only the content counts.
    const result = await processImageUpload(file(png, "logo.gif", "image/gif"), { keyPrefix: "reader", uploadedById: user.id, avif: false });
    const image = expectOk(result);
    expect(image.key).toMatch(/^reader\/\d{4}\/\d{2}\/[0-9a-f]{16}$/);
    expect(image).toMatchObject({ width: 500, height: 400, widths: [320, 500], hasAvif: false });
    expect(existsSync(mediaFilePath(`${image.key}-500.webp`))).toBe(true);
    expect(existsSync(mediaFilePath(`${image.key}-500.avif`))).toBe(false);
    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    expect(row.uploadedById).toBe(user.id);
    expect(imageAvifSrcSet({ ...image, hasAvif: false })).toBe("");
  });

  it("accepts WebP, GIF and AVIF", async () => {
    const base = photo(200, 120);
    for (const data of [await base.clone().webp().toBuffer(), await base.clone().gif().toBuffer(), await base.clone().avif().toBuffer()]) {
      const image = expectOk(await processImageUpload(file(data, "upload.bin", "application/octet-stream"), { avif: false }));
      expect(image.widths).toEqual([200]);
    }
  });

  it("refuses a text file named .jpg", async () => {
    const text = Buffer.from("这不是图片，只是一段文字。\n".repeat(20));
    expect(await processImageUpload(file(text, "x.jpg", "image/jpeg"))).toEqual({ ok: false, error: UPLOAD_ERRORS.notImage });
  });

  it("refuses formats other than the accepted ones, SVG included", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>');
    const tiff = await photo(100, 100).tiff().toBuffer();
    expect(await processImageUpload(file(svg, "a.svg", "image/svg+xml"))).toEqual({ ok: false, error: UPLOAD_ERRORS.notImage });
    expect(await processImageUpload(file(tiff, "a.tif", "image/tiff"))).toEqual({ ok: false, error: UPLOAD_ERRORS.notImage });
  });

  it("refuses an empty file", async () => {
    expect(await processImageUpload(file(Buffer.alloc(0), "empty.jpg", "image/jpeg"))).toEqual({ ok: false, error: "文件为空" });
  });

  it("refuses a file over 10 MB", async () => {
    const big = new Blob([Buffer.alloc(11 * 1024 * 1024)], { type: "image/jpeg" });
    expect(big.size).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(await processImageUpload(big)).toEqual({ ok: false, error: "图片不能超过10MB" });
  });

  it("refuses a picture with too many pixels without decoding it", async () => {
    const bomb = pngDeclaring(10_000, 10_000);
    expect(bomb.length).toBeLessThan(200);
    expect(await processImageUpload(file(bomb, "bomb.png", "image/png"))).toEqual({ ok: false, error: UPLOAD_ERRORS.tooManyPixels });
  });

  it("refuses a truncated JPEG with a clear message and leaves nothing behind", async () => {
    const jpeg = await photo(800, 600).jpeg().toBuffer();
    const before = await db.image.count();
    for (const cut of [jpeg.subarray(0, Math.floor(jpeg.length / 2)), jpeg.subarray(0, 120)]) {
      expect(await processImageUpload(file(cut, "cut.jpg", "image/jpeg"))).toEqual({ ok: false, error: UPLOAD_ERRORS.corrupt });
    }
    const png = await photo(300, 300).png().toBuffer();
    expect(await processImageUpload(file(png.subarray(0, png.length - 40), "cut.png", "image/png"))).toEqual({
      ok: false,
      error: UPLOAD_ERRORS.corrupt,
    });
    expect(await db.image.count()).toBe(before);
  });

  it("refuses a picture smaller than 16 pixels on a side", async () => {
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } }).png().toBuffer();
    const strip = await sharp({ create: { width: 400, height: 10, channels: 3, background: "#c00" } }).jpeg().toBuffer();
    expect(await processImageUpload(file(tiny, "tiny.png", "image/png"))).toEqual({ ok: false, error: UPLOAD_ERRORS.tooSmall });
    expect(await processImageUpload(file(strip, "strip.jpg", "image/jpeg"))).toEqual({ ok: false, error: UPLOAD_ERRORS.tooSmall });
  });

  it("throws on a key prefix that could not make a valid key", async () => {
    const png = await photo(100, 100).png().toBuffer();
    await expect(processImageUpload(file(png, "a.png", "image/png"), { keyPrefix: "../etc" })).rejects.toThrow();
    await expect(processImageUpload(file(png, "a.png", "image/png"), { keyPrefix: "Uploads" })).rejects.toThrow();
  });
});
