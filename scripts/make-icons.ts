// Draws the app icon and writes the PNGs the manifest, iOS and the favicon use:
//   node scripts/run-ts.mjs scripts/make-icons.ts
// The output is committed; run this again only when the design changes.
//
// The mark is pure geometry (mountains over a river, white on the brand red):
// librsvg, which sharp renders SVG with, has no CJK font on most servers, so
// a 黔 drawn as text would come out as a box.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const BRAND = "#b3131b";
const WHITE = "#ffffff";
/** Every drawing below is on a 512 × 512 canvas, scaled to the output size. */
const CANVAS = 512;

/**
 * The mark in its own 320 × 260 box: two peaks, the taller on the right,
 * with a river cut through their foot (the background shows through) and a
 * second wave beneath them.
 */
const MARK_WIDTH = 320;
const MARK_HEIGHT = 260;
const MARK = `
  <path fill="${WHITE}" d="M0 196 L104 58 L150 118 L214 18 L320 196 Z"/>
  <path fill="none" stroke="${BRAND}" stroke-width="22" stroke-linecap="round"
        d="M-12 160 C 40 128, 80 128, 128 156 S 216 184, 264 152 S 316 126, 340 136"/>
  <path fill="none" stroke="${WHITE}" stroke-width="22" stroke-linecap="round"
        d="M18 238 C 66 212, 106 212, 152 236 S 236 260, 302 228"/>
`;

type Variant = {
  /** Where the file goes, from the project root. */
  file: string;
  size: number;
  /** Corner radius of the red square on the 512 canvas; 0 = full bleed. */
  radius: number;
  /** Width of the mark on the 512 canvas. */
  markWidth: number;
};

// - icon-*: the "any" purpose icons, a rounded square on transparent corners.
// - maskable-512: full-bleed red; the mark fits well inside the safe zone, the
//   centred circle of radius 0.4 × 512 = 204.8 px that every mask keeps.
// - apple-touch-icon: iOS rounds the corners itself and shows transparency as
//   black, so it is full bleed too.
// - app/icon.png: Next serves it as the favicon; the mark is drawn larger so
//   it stays legible at 16–32 px.
const VARIANTS: Variant[] = [
  { file: "public/icons/icon-192.png", size: 192, radius: 112, markWidth: 320 },
  { file: "public/icons/icon-512.png", size: 512, radius: 112, markWidth: 320 },
  { file: "public/icons/maskable-512.png", size: 512, radius: 0, markWidth: 272 },
  { file: "public/icons/apple-touch-icon.png", size: 180, radius: 0, markWidth: 320 },
  { file: "app/icon.png", size: 64, radius: 96, markWidth: 380 },
];

export function iconSvg({ size, radius, markWidth }: Pick<Variant, "size" | "radius" | "markWidth">): string {
  const scale = markWidth / MARK_WIDTH;
  const x = (CANVAS - MARK_WIDTH * scale) / 2;
  // Optically centred: the mountains are heavier at the bottom, so the mark sits a little high.
  const y = (CANVAS - MARK_HEIGHT * scale) / 2 - 6 * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${CANVAS} ${CANVAS}">
  <rect width="${CANVAS}" height="${CANVAS}" rx="${radius}" fill="${BRAND}"/>
  <g transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${scale.toFixed(4)})">${MARK}</g>
</svg>`;
}

async function main() {
  const root = path.resolve(import.meta.dirname, "..");
  for (const v of VARIANTS) {
    const png = await sharp(Buffer.from(iconSvg(v)))
      .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 })
      .toBuffer();
    const meta = await sharp(png).metadata();
    if (meta.width !== v.size || meta.height !== v.size) throw new Error(`${v.file}: ${meta.width}×${meta.height}, expected ${v.size}`);
    const out = path.join(root, v.file);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, png);
    console.log(`${v.file}  ${v.size}×${v.size}  ${(png.length / 1024).toFixed(1)} KB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
