import "server-only";
import { db } from "@/lib/db/client";
import { storeImage } from "@/lib/media/store-image";
import { demoPictureSvg, type DemoPictureTheme } from "./demo-picture";
import { personName, placeName } from "./generate-news";
import { COUNTIES, type County } from "./news-vocabulary";
import { createRng, type Rng } from "./rng";
import { DEMO_EDITORS } from "./site-defaults";
import { STATUS } from "@/lib/content/status";

// 黔图汇's demo content: photo sets whose pictures are drawn locally
// (demo-picture.ts) in the theme the set is about, with captions made from
// the news generator's places and names. Own rng, so adding sets changes
// nothing in the articles of the same seed.

type SetPlan = {
  theme: DemoPictureTheme;
  section: string;
  titles: readonly string[];
  leads: readonly string[];
  captions: readonly string[];
};

// Slots: {县} county, {县短} its short name, {景} one of its sights, {产} one of
// its products, {镇} {村} invented places, {人} a person.
const PLANS: readonly SetPlan[] = [
  {
    theme: "festival",
    section: "shiting",
    titles: ["{县}欢度苗年 盛装巡游闹新春", "{景}芦笙会：万人同跳芦笙舞", "{县}姊妹节 银饰盛装惹人醉", "侗乡{镇}鼓楼下唱响侗族大歌"],
    leads: ["节日期间，{县}各地群众身着盛装，以芦笙踩堂、斗牛、长桌宴等方式欢度佳节，吸引大批游客前来体验。", "连日来，{县}{镇}热闹非凡，来自周边村寨的群众和各地游客齐聚一堂，共享民族节日的欢乐。"],
    captions: [
      "{镇}群众身着盛装，跳起欢快的芦笙舞。",
      "来自{村}的芦笙队吹响芦笙，参加踩堂比赛。",
      "头戴银角的苗族姑娘在巡游队伍中。",
      "游客与当地群众手拉手，围成圆圈共舞。",
      "长桌宴上，村民端出{产}招待远方来客。",
      "孩子们在鼓楼前观看节目表演。",
      "盛装巡游队伍穿过{镇}街道，沿途群众驻足观看。",
      "老人们身着传统服饰，在寨门前唱起敬酒歌。",
      "侗族大歌队在鼓楼坪上演唱，歌声悠扬。",
      "夜幕降临，{村}的篝火晚会开始了。",
    ],
  },
  {
    theme: "terraces",
    section: "shiting",
    titles: ["秋到{县} 层层梯田尽染金黄", "航拍{县}梯田 如诗如画", "{县}：开秧门 梯田春耕忙"],
    leads: ["眼下，{县}{镇}一带的梯田进入最美时节，层层叠叠的田块顺着山势铺展，吸引众多摄影爱好者前来采风。", "{县}大力保护传统梯田稻作系统，梯田景观与农耕文化相得益彰，成为乡村旅游的新名片。"],
    captions: [
      "{镇}境内的梯田层层叠叠，蔚为壮观。",
      "村民在{村}的梯田里收割稻谷。",
      "晨雾中的梯田若隐若现，宛如仙境。",
      "游客在观景台上拍摄梯田风光。",
      "灌满水的梯田倒映着天空，如同一面面镜子。",
      "稻谷丰收，{村}村民脸上洋溢着笑容。",
      "梯田间的小路蜿蜒曲折，通向远处的村寨。",
      "无人机航拍下的{镇}梯田。",
    ],
  },
  {
    theme: "village",
    section: "xianshi",
    titles: ["走进{县}{村}：吊脚楼里的新生活", "{县}{村}：古村落焕发新活力", "{县}传统村落掠影"],
    leads: ["近年来，{县}在保护传统村落风貌的同时完善基础设施，{村}的村容村貌焕然一新，乡村旅游带动群众增收。", "走进{县}{镇}{村}，青石板路干净整洁，吊脚楼错落有致，处处展现出乡村振兴的新气象。"],
    captions: [
      "{村}的吊脚楼依山而建，错落有致。",
      "村民在自家门前晾晒{产}。",
      "修缮一新的鼓楼成为村民议事休闲的场所。",
      "游客漫步在{村}的青石板路上。",
      "村里的民宿干净整洁，吸引了不少游客入住。",
      "老人们在风雨桥上聊天纳凉。",
      "夜幕下的村寨灯火点点，格外宁静。",
      "村民{人}正在制作传统手工艺品。",
      "雨后的{村}云雾缭绕。",
    ],
  },
  {
    theme: "river",
    section: "zonghe",
    titles: ["{县}：碧水绕青山 两岸风景如画", "{县}：江畔风光如画"],
    leads: ["{县}持续推进河湖长制工作，江河水质稳定向好，昔日的“臭水沟”变成了群众休闲的好去处。", "初夏时节，{县}境内江水清澈，两岸青山如黛，构成一幅美丽的山水画卷。"],
    captions: [
      "江水清澈见底，两岸青山倒映其中。",
      "渔民在江面上撒网捕鱼。",
      "{镇}河段的护岸工程已经完工。",
      "市民在滨江步道上散步健身。",
      "游船缓缓驶过{镇}河段。",
      "清晨的江面上薄雾轻笼。",
      "河长{人}在巡河途中查看水质情况。",
      "江边的村寨炊烟袅袅。",
    ],
  },
  {
    theme: "mountains",
    section: "shiting",
    titles: ["云雾{景} 宛如人间仙境", "雨后{县}群山云海翻腾", "{县}：林海苍茫 生态美如画"],
    leads: ["雨后初晴，{县}{景}一带云雾缭绕，群山在云海中时隐时现，景色十分壮观。", "{县}森林覆盖率持续提高，青山绿水成为当地最亮丽的底色。"],
    captions: [
      "群山在云海中时隐时现。",
      "日出时分，霞光洒满山间。",
      "成片的杉木林郁郁葱葱。",
      "护林员{人}在林区巡护。",
      "{景}一带峰峦叠嶂，云雾缭绕。",
      "山间的公路蜿蜒盘旋。",
      "夕阳下的山峦层次分明。",
      "登山爱好者在山顶欣赏云海。",
    ],
  },
  {
    theme: "city",
    section: "hangye",
    titles: ["夜色{县短} 流光溢彩", "{县}城区新貌", "{县}：城市更新让老街区焕发新颜"],
    leads: ["近年来，{县}加快城市基础设施建设，城区面貌日新月异，群众的幸福感不断提升。", "夜幕降临，{县}城区华灯初上，街道两旁灯光璀璨，吸引市民游客夜游打卡。"],
    captions: [
      "城区高楼林立，道路宽阔整洁。",
      "夜幕下的滨江大道灯火辉煌。",
      "改造后的老街区吸引不少市民前来游玩。",
      "市民在新建成的城市公园里休闲。",
      "{镇}新建的安置小区环境优美。",
      "城市夜景流光溢彩。",
      "商业街上人来人往，十分热闹。",
      "施工人员在项目现场加紧作业。",
    ],
  },
];

const fill = (template: string, slots: Record<string, string>) => template.replace(/\{([^{}]+)\}/g, (_, key: string) => slots[key] ?? "");

function slotsFor(rng: Rng, county: County): Record<string, string> {
  const town = placeName(rng) + rng.pick(["镇", "镇", "乡"]);
  return {
    县: county.name,
    县短: county.short,
    景: rng.pick(county.sights),
    产: rng.pick(county.products),
    镇: town,
    村: placeName(rng) + "村",
    人: personName(rng),
  };
}

/** One demo set as drawn and written, before anything is stored. */
export type DemoPhotoSet = {
  title: string;
  summary: string;
  sectionSlug: string;
  publishedAt: Date;
  viewCount: number;
  /** Which photo is the cover. */
  coverIndex: number;
  photos: { svg: string; caption: string; photographer: string }[];
};

/**
 * About a dozen photo sets of 4–12 photos each, spread over the two months
 * before `now`, oldest first. Pure and deterministic for a seed: the same
 * seed draws the same pictures and writes the same words.
 */
export function planDemoPhotoSets({ seed, now, sets = 12 }: { seed: number; now: Date; sets?: number }): DemoPhotoSet[] {
  const rng = createRng(seed ^ 0x9e3779b9);
  const times = Array.from({ length: sets }, () => now.getTime() - 3_600_000 - Math.floor(rng.next() * 60 * 86_400_000)).sort((a, b) => a - b);
  return times.map((time, s) => {
    const plan = PLANS[s % PLANS.length];
    const slots = slotsFor(rng, rng.pick(COUNTIES));
    const photographers = [personName(rng), personName(rng)];
    const photos = rng.sample(plan.captions, rng.int(4, 12)).map((template) => {
      // Now and then an upright picture, as real sets have. 960 px wide at
      // most: encoding the variants is most of the seeding time, and 960 is
      // what a 2x phone and the desktop viewer (896 px) draw anyway.
      const [w, h] = rng.chance(0.2) ? [720, 960] : [960, 640];
      const svg = demoPictureSvg(rng, w, h, plan.theme);
      const caption = fill(template, { ...slots, 人: personName(rng) });
      return { svg, caption, photographer: rng.chance(0.8) ? photographers[0] : photographers[1] };
    });
    return {
      title: fill(rng.pick(plan.titles), slots),
      summary: fill(rng.pick(plan.leads), slots),
      sectionSlug: plan.section,
      publishedAt: new Date(time),
      viewCount: Math.floor(100 + 8_000 * rng.next() ** 3),
      coverIndex: rng.int(0, Math.min(2, photos.length - 1)),
      photos,
    };
  });
}

export type SeedPhotosOptions = { seed: number; now?: Date; sets?: number; log?: (line: string) => void };

/** Stores the planned sets, published, with their pictures as WebP variants. */
export async function seedDemoPhotoSets({ seed, now = new Date(), sets = 12, log = () => {} }: SeedPhotosOptions) {
  const sections = new Map((await db.section.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const editors = await db.user.findMany({ where: { username: { in: DEMO_EDITORS.map((e) => e.username) } }, select: { id: true } });
  const planned = planDemoPhotoSets({ seed, now, sets });
  for (const [s, set] of planned.entries()) {
    const sectionId = sections.get(set.sectionSlug) ?? [...sections.values()][0];
    if (!sectionId) return;
    const photos = [];
    for (const [i, p] of set.photos.entries()) {
      const image = await storeImage({ key: `demo/photos-${seed}-${s}-${i}`, data: Buffer.from(p.svg), alt: p.caption, credit: "本网" });
      photos.push({ imageId: image.id, position: i, caption: p.caption, photographer: p.photographer });
    }
    await db.photoSet.create({
      data: {
        title: set.title,
        summary: set.summary,
        sectionId,
        coverImageId: photos[set.coverIndex].imageId,
        status: STATUS.published,
        publishedAt: set.publishedAt,
        viewCount: set.viewCount,
        editorId: editors.length ? editors[s % editors.length].id : null,
        photos: { create: photos },
      },
    });
  }
  log(`图集 ${planned.length} 组，图片 ${planned.reduce((n, set) => n + set.photos.length, 0)} 张`);
}

/**
 * One set of pictures at the size the newsroom stores uploads (1600 px,
 * WebP and AVIF), published now: the browser tests check on it that a phone
 * never fetches the desktop variants.
 */
export async function seedFullSizePhotoSet({ seed, now = new Date() }: { seed: number; now?: Date }): Promise<number> {
  const rng = createRng(seed ^ 0x5bd1e995);
  const plan = PLANS[0];
  const county = rng.pick(COUNTIES);
  const slots = slotsFor(rng, county);
  const sectionId = (await db.section.findFirstOrThrow({ where: { slug: plan.section }, select: { id: true } })).id;
  const photos = [];
  for (const [i, template] of rng.sample(plan.captions, 5).entries()) {
    const svg = demoPictureSvg(rng, 1600, 1067, plan.theme);
    const image = await storeImage({ key: `demo/photos-full-${seed}-${i}`, data: Buffer.from(svg), avif: true, credit: "本网" });
    photos.push({ imageId: image.id, position: i, caption: fill(template, { ...slots, 人: personName(rng) }), photographer: personName(rng) });
  }
  const set = await db.photoSet.create({
    data: {
      title: fill("{县}盛装巡游 原图大图", slots),
      summary: fill(rng.pick(plan.leads), slots),
      sectionId,
      coverImageId: photos[0].imageId,
      status: STATUS.published,
      publishedAt: now,
      photos: { create: photos },
    },
    select: { id: true },
  });
  return set.id;
}
