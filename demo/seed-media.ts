import "server-only";
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseFile } from "music-metadata";
import { db } from "@/lib/db/client";
import { avDir, avFilePath } from "@/lib/media/av/av-files";
import { storeImage } from "@/lib/media/store-image";
import type { MediaKind } from "@/lib/view-types";
import { demoPictureSvg, type DemoPictureTheme } from "./demo-picture";
import { COUNTIES, type County } from "./news-vocabulary";
import type { Rng } from "./rng";
import { STATUS } from "@/lib/content/status";

// 视听中心's demo items: the small clips in demo/media (made by
// scripts/make-demo-media.sh from test patterns and tones) copied into
// MEDIA_DIR/av once per item, so deleting one item in the newsroom never
// takes another's file; posters drawn like the articles' pictures.

const MEDIA_SOURCE = path.join(process.cwd(), "demo", "media");
const CLIPS: Record<MediaKind, string[]> = {
  video: ["demo-bars.mp4", "demo-pattern.mp4", "demo-fractal.mp4", "demo-gradient.mp4"],
  audio: ["demo-chord.m4a", "demo-tones.mp3"],
};
const MIME: Record<string, string> = { mp4: "video/mp4", m4a: "audio/mp4", mp3: "audio/mpeg" };
const THEMES: DemoPictureTheme[] = ["festival", "village", "terraces", "river", "mountains", "city"];

const VIDEO_TITLES = [
  (c: County, rng: Rng) => `航拍${c.name}：${rng.pick(c.sights)}云海`,
  (c: County) => `${withPlace(c, c.products[0])}的制作技艺`,
  (c: County, rng: Rng) => `${rng.pick(c.sights)}：芦笙声声迎客来`,
  (c: County) => `${c.name}乡村振兴见闻`,
  (c: County, rng: Rng) => `走进${rng.pick(c.sights)}`,
];
const AUDIO_TITLES = [
  (c: County) => `新闻播报：${c.name}一周要闻`,
  (c: County, rng: Rng) => `侗族大歌里的${rng.pick(c.sights)}`,
  (c: County) => `听${c.short}人讲${c.products[c.products.length - 1]}的故事`,
];

/** 三穗鸭 already names its place; 油茶 gets one (天柱油茶). */
function withPlace(c: County, product: string): string {
  return product.startsWith(c.short) ? product : `${c.short}${product}`;
}

const SUMMARIES: Record<MediaKind, string[]> = {
  video: [
    "本网记者带您用镜头记录黔东南的山水与人文。",
    "短视频记录当地群众的日常生活和节庆活动。",
    "镜头下的苗乡侗寨，展现民族文化的传承与发展。",
  ],
  audio: ["本期音频节目带您了解本地新闻背后的故事。", "用声音讲述黔东南：民歌、方言与乡村故事。"],
};

/** About ten published items, spread over the last three weeks before `now`. Deterministic for one rng seed. */
export async function seedDemoMedia({ rng, now, seed, log = () => {} }: { rng: Rng; now: Date; seed: number; log?: (line: string) => void }) {
  await mkdir(avDir(), { recursive: true });
  const sections = await db.section.findMany({ where: { slug: { in: ["shiting", "xianshi", "zonghe"] } }, select: { id: true, slug: true } });
  const shiting = sections.find((s) => s.slug === "shiting");
  const durations = new Map<string, number>();
  const count = 10;
  for (let i = 0; i < count; i++) {
    const kind: MediaKind = i % 3 === 2 ? "audio" : "video";
    const clip = CLIPS[kind][Math.floor(i / (kind === "audio" ? 3 : 1)) % CLIPS[kind].length];
    const extension = clip.slice(clip.lastIndexOf(".") + 1);
    const base = `demo-${seed}-${i}`;
    const fileName = `${base}.${extension}`;
    const subtitlesFile = `${base}.vtt`;
    await copyFile(path.join(MEDIA_SOURCE, clip), avFilePath(fileName));
    await copyFile(path.join(MEDIA_SOURCE, clip.replace(/\.\w+$/, ".vtt")), avFilePath(subtitlesFile));
    if (!durations.has(clip)) {
      const { format } = await parseFile(avFilePath(fileName), { duration: true, skipCovers: true });
      durations.set(clip, Math.max(1, Math.round(format.duration ?? 0)));
    }
    const poster = await storeImage({
      key: `demo/media-${seed}-${i}`,
      data: Buffer.from(demoPictureSvg(rng, 1280, 720, THEMES[i % THEMES.length])),
      credit: "本网",
    });
    const county = rng.pick(COUNTIES);
    const title = rng.pick(kind === "video" ? VIDEO_TITLES : AUDIO_TITLES)(county, rng);
    const section = rng.chance(0.7) && shiting ? shiting : rng.pick(sections);
    const { size } = await stat(avFilePath(fileName));
    await db.mediaItem.create({
      data: {
        kind,
        title,
        summary: `${county.name}：${rng.pick(SUMMARIES[kind])}`,
        sectionId: section?.id ?? null,
        posterImageId: poster.id,
        fileName,
        mimeType: MIME[extension],
        fileSize: size,
        durationSeconds: durations.get(clip)!,
        subtitlesFile,
        status: STATUS.published,
        // Oldest first, so ids grow with publish time.
        publishedAt: new Date(now.getTime() - (count - i) * 2 * 86_400_000 + rng.int(0, 86_400_000)),
        viewCount: rng.int(50, 5000),
      },
    });
  }
  log(`视听节目 ${count} 个`);
}
