import "server-only";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { storeImage } from "@/lib/media/store-image";
import type { ArticleInput } from "@/lib/validation/article";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { demoPictureSvg, type DemoPictureTheme } from "./demo-picture";
import { generateDemoArticle, NEWS_SECTION_SLUGS } from "./generate-news";
import { seedReadership } from "./seed-readership";
import { createRng, type Rng } from "./rng";
import { seedDemoJobs } from "./seed-jobs";
import { seedDemoMedia } from "./seed-media";
import { seedDemoPhotoSets } from "./seed-photos";
import { seedDemoTopicItems } from "./seed-topics";
import { DEFAULT_SETTINGS, DEMO_EDITORS, DEMO_TOPICS, NEWS_SECTIONS } from "./site-defaults";
import { STATUS } from "@/lib/content/status";

export type SeedOptions = {
  /** How many articles to generate. */
  articles: number;
  /** The same seed gives the same content. */
  seed: number;
  /** The newest article is published just before this time. */
  now?: Date;
  log?: (line: string) => void;
};

const THEMES: DemoPictureTheme[] = ["mountains", "river", "terraces", "village", "festival", "city"];
// What each drawn demo picture shows, as its alt text.
const THEME_ALT: Record<DemoPictureTheme, string> = {
  mountains: "示意图：黔东南的群山",
  river: "示意图：山间河流",
  terraces: "示意图：层层梯田",
  village: "示意图：苗寨侗寨的吊脚楼",
  festival: "示意图：节日里的芦笙场",
  city: "示意图：凯里城区",
};
const BATCH = 250;

/** Sections, settings and newsroom names; safe to run again. */
export async function seedSiteDefaults() {
  for (const [position, s] of NEWS_SECTIONS.entries()) {
    await db.section.upsert({
      where: { slug: s.slug },
      create: { ...s, position, channel: "news" },
      update: {},
    });
  }
  await db.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...DEFAULT_SETTINGS }, update: {} });
  for (const e of DEMO_EDITORS) {
    // Names for 责任编辑 on demo articles; no password, so they cannot sign in.
    await db.user.upsert({
      where: { username: e.username },
      create: { ...e, role: "editor", active: false },
      update: {},
    });
  }
}

/** Pictures drawn locally and stored with their variants; returns their ids. */
export async function seedDemoPictures(rng: Rng, seed: number, count: number): Promise<number[]> {
  const imageIds: number[] = [];
  for (let i = 0; i < count; i++) {
    const theme = THEMES[i % THEMES.length];
    const svg = demoPictureSvg(rng, 1280, 720, theme);
    const image = await storeImage({ key: `demo/${seed}-${i}`, data: Buffer.from(svg), alt: THEME_ALT[theme], credit: "本网" });
    imageIds.push(image.id);
  }
  return imageIds;
}

/** Publish times spread back from `now`, oldest first, so that ids grow with publish time as they do in a real newsroom. */
export function demoPublishTimes(rng: Rng, articles: number, now: Date): number[] {
  const spanMs = Math.max(30 * 86_400_000, articles * 30 * 60_000);
  return Array.from({ length: articles }, () => now.getTime() - 60_000 - Math.floor(rng.next() * spanMs)).sort((a, b) => a - b);
}

/** One generated published article, with cover, 责任编辑, flags and views drawn from `rng`. */
export function demoArticleInput(rng: Rng, slug: string, publishedAt: number, imageIds: number[], editors: { id: number }[]): ArticleInput {
  const demo = generateDemoArticle(rng, slug);
  const hasCover = rng.chance(0.55);
  return {
    ...demo,
    source: demo.source ?? "",
    coverImageId: hasCover ? rng.pick(imageIds) : null,
    editorId: editors.length ? rng.pick(editors).id : null,
    status: STATUS.published,
    publishedAt: new Date(publishedAt),
    isHeadline: hasCover && rng.chance(0.04),
    isFeatured: hasCover && rng.chance(0.15),
    isBreaking: rng.chance(0.02),
    viewCount: Math.floor(30 + 25_000 * rng.next() ** 4),
  };
}

/**
 * Fills an empty database with believable demo news: pictures drawn locally,
 * topics, and `articles` articles spread back in time from `now`.
 */
export async function seedDemoContent({ articles, seed, now = new Date(), log = () => {} }: SeedOptions) {
  const rng = createRng(seed);
  await seedSiteDefaults();

  const pictureCount = Math.min(48, Math.max(12, Math.ceil(articles / 5)));
  const imageIds = await seedDemoPictures(rng, seed, pictureCount);
  log(`图片 ${pictureCount} 张`);

  for (const [position, t] of DEMO_TOPICS.entries()) {
    await db.topic.upsert({
      where: { slug: t.slug },
      create: { ...t, position, bannerImageId: rng.pick(imageIds) },
      update: {},
    });
  }

  const sections = new Map((await db.section.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const editors = await db.user.findMany({ where: { username: { in: DEMO_EDITORS.map((e) => e.username) } }, select: { id: true } });

  const times = demoPublishTimes(rng, articles, now);

  const started = Date.now();
  for (let from = 0; from < articles; from += BATCH) {
    const to = Math.min(articles, from + BATCH);
    await db.$transaction(
      async (tx) => {
        for (let i = from; i < to; i++) {
          const slug = rng.pick(NEWS_SECTION_SLUGS);
          if (!sections.has(slug)) continue;
          await createArticle(demoArticleInput(rng, slug, times[i], imageIds, editors), tx);
        }
      },
      { timeout: 120_000 },
    );
    if (articles >= 5000 && (to % 5000 === 0 || to === articles)) log(`文章 ${to}/${articles}`);
  }
  log(`文章 ${articles} 篇，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  await seedDemoChannels({ seed, now, log });
  // 热点排行 and 数据 read hourly rows: the demo's articles come with a month of them.
  await seedReadership({ rng: createRng(seed + 2), days: 30, now, log });
}

/**
 * Everything besides the news, once the articles are there: photo sets,
 * video and audio, the topics' groups, job posts; then the search index.
 */
export async function seedDemoChannels({ seed, now = new Date(), log = () => {} }: Omit<SeedOptions, "articles">) {
  await seedDemoPhotoSets({ seed, now, log });
  await seedDemoMedia({ rng: createRng(seed + 1), now, seed, log });
  await seedDemoTopicItems();
  await seedDemoJobs({ seed, now });
  await rebuildSearchIndex(log);
}
