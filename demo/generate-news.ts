// Synthetic, deterministic news articles for the demo database and the
// benchmarks. Articles are assembled from templates (news-themes.ts,
// news-notices.ts, news-vocabulary.ts) filled with rng-chosen places, people
// and numbers, so one seed always yields the same article and 100k articles
// stay mostly distinct. All text is plain Chinese without < > &, which is why
// the HTML is built by concatenation without escaping.
import type { Rng } from "./rng";
import { NUMBER_MAKERS } from "./news-numbers";
import { NOTICES, type Notice } from "./news-notices";
import { THEMES, type Theme } from "./news-themes";
import {
  AGENCY_PREFIX,
  COUNTIES,
  type County,
  GENERIC_DETAILS,
  GENERIC_HEADS,
  GENERIC_OUTCOMES,
  GENERIC_PLANS,
  GIVEN_CHARS,
  GLOBAL_SLOTS,
  MEDIA_PREFIXES,
  MEETING_BODIES,
  MEETING_CLOSERS,
  MEETING_LEADS,
  MEETING_TITLES,
  MEETINGS,
  PHOTO_LEADS,
  PLACE_FIRST,
  PLACE_SECOND,
  PREFECTURE_LEADER_TITLES,
  SOURCES,
  SUBTITLES,
  SURNAMES,
  TOWN_SUFFIX,
  VIDEO_LEADS,
  VISIT_CLOSERS,
  VISIT_LEADS,
  VISIT_REMARKS,
  VISIT_SITES,
  VISIT_TITLES,
} from "./news-vocabulary";

export type DemoArticle = {
  sectionSlug: string;
  title: string;
  subtitle: string;
  summary: string;
  bodyHtml: string;
  dateline: string;
  reporters: string[];
  source: string | null;
  tags: string[];
};

export const NEWS_SECTION_SLUGS = [
  "quanzhou", "shizheng", "lingdao", "xianshi", "zonghe", "fabu", "shiting", "hangye",
] as const;
export type NewsSectionSlug = (typeof NEWS_SECTION_SLUGS)[number];

// Which beats each section covers, and how often a story is about one county
// rather than the whole prefecture ({地} becomes 凯里市 … or 全州/黔东南州).
type SectionPlan = { themes: readonly string[]; countyFocus: number; ownWork: number };
const ALL_THEMES = Object.keys(THEMES);
const SECTIONS: Record<NewsSectionSlug, SectionPlan> = {
  quanzhou: { themes: ALL_THEMES, countyFocus: 0.15, ownWork: 0.75 },
  shizheng: {
    themes: ["governance", "projects", "rural", "ecology", "safety", "employment", "education", "health", "transport", "finance", "digital"],
    countyFocus: 0.35,
    ownWork: 0.7,
  },
  lingdao: {
    themes: ["rural", "projects", "tourism", "tea", "ecology", "safety", "transport", "education", "health", "governance", "grain", "culture", "employment"],
    countyFocus: 1,
    ownWork: 0.7,
  },
  xianshi: { themes: ALL_THEMES, countyFocus: 1, ownWork: 0.8 },
  zonghe: {
    themes: ["culture", "festival", "sports", "education", "health", "rain", "cold", "tourism", "ecology", "safety", "transport"],
    countyFocus: 0.6,
    ownWork: 0.75,
  },
  fabu: { themes: [], countyFocus: 1, ownWork: 0.95 },
  shiting: {
    themes: ["tourism", "festival", "culture", "sports", "grain", "tea", "blueberry", "ecology", "rural", "rain", "cold", "transport"],
    countyFocus: 0.7,
    ownWork: 0.85,
  },
  hangye: {
    themes: ["tea", "blueberry", "cili", "fungi", "tourism", "ecommerce", "digital", "transport", "forestry", "finance", "grain", "projects"],
    countyFocus: 0.6,
    ownWork: 0.65,
  },
};

const TITLE_MIN = 12;
const TITLE_MAX = 30;
const SUMMARY_MIN = 40;
const SUMMARY_MAX = 90;
const BODY_MIN = 300;
const BODY_MAX = 1500;

/** Per-article state: the facts templates share, so a story stays consistent. */
type Ctx = {
  rng: Rng;
  county: County;
  countyFocus: boolean;
  own: boolean;
  tag: string;
  slots: Readonly<Record<string, readonly string[]>>;
  /** Resolved slots: {镇} in the title is the same town as in the body. */
  cache: Map<string, string>;
  /** Figures the headline used, each repeated once by the body (usually the lead). */
  headlineFigures: Map<string, string>;
  inTitle: boolean;
  /** Templates already used, so that no sentence appears twice in one article. */
  used: Set<string>;
};

// Dates and times are facts of the event: the notice's lead and its
// "一、停电时间" item must agree, so these stay fixed for the whole article.
const STICKY_NUMBERS = new Set(["日期", "时段", "报名时段", "时刻", "招聘数", "预警时长"]);
const PLACEHOLDER = /\{([^{}]+)\}/g;

function fill(ctx: Ctx, template: string, depth = 0): string {
  if (depth === 0) ctx.used.add(template);
  if (template.indexOf("{") < 0) return template;
  return template.replace(PLACEHOLDER, (_, key: string) => resolve(ctx, key, depth));
}

function resolve(ctx: Ctx, key: string, depth: number): string {
  // Every person quoted is someone new; caching would make one villager say everything.
  if (key === "人名") return personName(ctx.rng);
  const cached = ctx.cache.get(key);
  if (cached !== undefined) return cached;
  const base = key.replace(/\d+$/, "");
  if (!(base in NUMBER_MAKERS) || STICKY_NUMBERS.has(base)) {
    // Names, places and picks stay fixed for the whole article.
    const value = compute(ctx, base, base !== key, depth);
    ctx.cache.set(key, value);
    return value;
  }
  // Other figures are fresh each time, or "资金8922万元" and "贷款8922万元"
  // would match; only the headline's figure comes back once in the body.
  const figure = ctx.headlineFigures.get(key);
  if (figure !== undefined) {
    ctx.headlineFigures.delete(key);
    return figure;
  }
  const value = compute(ctx, base, base !== key, depth);
  if (ctx.inTitle) ctx.headlineFigures.set(key, value);
  return value;
}

function compute(ctx: Ctx, base: string, variant: boolean, depth: number): string {
  const { rng } = ctx;
  switch (base) {
    case "县":
      return variant ? otherCounty(ctx).name : ctx.county.name;
    case "县短":
      return variant ? otherCounty(ctx).short : ctx.county.short;
    case "镇":
      return distinct(ctx, "镇", () => placeName(rng) + rng.pick(TOWN_SUFFIX));
    case "村":
      return distinct(ctx, "村", () => `${placeName(rng)}村`);
    case "地":
      if (ctx.countyFocus) return ctx.county.name;
      return rng.pick(ctx.own ? ["全州", "黔东南州", "我州", "全州"] : ["全州", "黔东南州"]);
    case "主题":
      return ctx.tag;
    case "景点":
      return rng.pick(ctx.county.sights);
    case "特产":
      return rng.pick(ctx.county.products);
    case "记者":
      return ctx.own ? "本港记者" : "记者";
    case "领导":
      // Only reached for {领导2}: the frames preset {领导} itself.
      return `${rng.pick(PREFECTURE_LEADER_TITLES)}${personName(rng)}`;
  }
  const list = ctx.slots[base] ?? GLOBAL_SLOTS[base];
  if (list) {
    if (depth > 4) throw new Error(`demo news: slot {${base}} nests too deeply`);
    // {任务2} next to {任务} must not repeat it.
    return distinct(ctx, base, () => fill(ctx, rng.pick(list), depth + 1));
  }
  const make = NUMBER_MAKERS[base];
  if (make) return make(rng);
  throw new Error(`demo news: unknown slot {${base}}`);
}

function otherCounty(ctx: Ctx): County {
  let c = ctx.rng.pick(COUNTIES);
  while (c === ctx.county) c = ctx.rng.pick(COUNTIES);
  return c;
}

/** {镇2} should not name the same town as {镇}, nor {任务3} repeat {任务2}. */
function distinct(ctx: Ctx, base: string, make: () => string): string {
  const taken = (v: string) => ctx.cache.get(base) === v || ctx.cache.get(base + "2") === v || ctx.cache.get(base + "3") === v;
  let value = make();
  for (let i = 0; i < 4 && taken(value); i++) value = make();
  return value;
}

export function placeName(rng: Rng): string {
  return rng.pick(PLACE_FIRST) + rng.pick(PLACE_SECOND);
}

export function personName(rng: Rng): string {
  const given = rng.chance(0.75) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

const textLength = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * Headlines are filled before the body so that the body can repeat their
 * figures. Templates are tried until one fits the length limits; a few long
 * ones (a rank, a name and a task) often don't, hence the generous retries.
 */
function headline(ctx: Ctx, pool: readonly string[]): { title: string; template: string } {
  ctx.inTitle = true;
  let title = "";
  let template = "";
  for (let i = 0; i < 30; i++) {
    template = ctx.rng.pick(pool);
    title = fill(ctx, template);
    if (title.length >= TITLE_MIN && title.length <= TITLE_MAX) break;
  }
  ctx.inTitle = false;
  // A headline about one county makes it that county's story: "全州…" in its
  // body would contradict it. Only possible while {地} is still open.
  if (!ctx.countyFocus && !ctx.cache.has("地") && title.includes(ctx.county.name)) ctx.countyFocus = true;
  return { title, template };
}

// A headline about a football league should not open on a basketball game:
// the lead is chosen among those sharing the most wording (two-character
// runs outside placeholders) with the headline's template. Memoised, since
// there are only a few hundred templates.
const leadsByTitle = new Map<string, readonly string[]>();
const bigrams = (template: string) => {
  const plain = template.replace(PLACEHOLDER, "|").replace(/[，。：；、“”！？\s|]+/g, "|");
  const out = new Set<string>();
  for (let i = 0; i + 1 < plain.length; i++) if (plain[i] !== "|" && plain[i + 1] !== "|") out.add(plain.slice(i, i + 2));
  return out;
};

function leadsFor(theme: Theme, titleTemplate: string): readonly string[] {
  const memoKey = theme.key + "\u0000" + titleTemplate;
  let leads = leadsByTitle.get(memoKey);
  if (!leads) {
    const wanted = bigrams(titleTemplate);
    const scores = theme.leads.map((l) => [...bigrams(l)].filter((b) => wanted.has(b)).length);
    const best = Math.max(...scores);
    leads = best > 0 ? theme.leads.filter((_, i) => scores[i] === best) : theme.leads;
    leadsByTitle.set(memoKey, leads);
  }
  return leads;
}

// A sentence splitter that keeps “…。”他说。 together: summaries must not cut a quote.
function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch === "“") depth++;
    else if (ch === "”") depth = Math.max(0, depth - 1);
    else if (ch === "。" && depth === 0) {
      out.push(paragraph.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < paragraph.length) out.push(paragraph.slice(start));
  return out;
}

/** The opening sentences, as an editor would trim them for a list page. */
function summarize(ctx: Ctx, paragraphs: readonly string[], fallback: readonly string[]): string {
  const candidates = paragraphs
    .flatMap(sentences)
    .filter((s) => s.endsWith("。") && !s.includes("“") && !/^[一二三四五六七八九十]、/.test(s));
  for (let i = 0; i < candidates.length; i++) {
    let summary = "";
    for (let j = i; j < candidates.length && summary.length < SUMMARY_MIN; j++) summary += candidates[j];
    if (summary.length >= SUMMARY_MIN && summary.length <= SUMMARY_MAX) return summary;
  }
  let summary = fill(ctx, ctx.rng.pick(fallback));
  // The fallbacks are written to fit; this only guards against a long place name.
  if (summary.length > SUMMARY_MAX) summary = summary.slice(0, SUMMARY_MAX - 1) + "。";
  return summary;
}

const SUMMARY_FALLBACKS = [
  "{地}{推进}{主题}工作，{任务}，取得了积极成效，群众的获得感、幸福感持续增强。",
  "记者从{部门}获悉，{地}围绕{主题}{推进}各项工作，{任务}，相关工作取得新进展。",
];

/** Draws from a shuffled copy without repeats, so no sentence appears twice in one article. */
function deck(rng: Rng, ...pools: (readonly string[])[]): string[] {
  return pools.flatMap((pool) => rng.sample(pool, pool.length));
}

const PLANS_WITH_TAG = GENERIC_PLANS.filter((p) => p.includes("{主题}"));

type Draft = {
  title: string;
  paragraphs: string[];
  heads: readonly string[];
  summaryFallback: readonly string[];
};

// ---------------------------------------------------------------------------
// Frames: how a story of each kind is laid out.

function newsStory(ctx: Ctx, theme: Theme, leads: readonly string[], paragraphCount: number, lead?: string): string[] {
  const { rng } = ctx;
  // Decks are drawn from the end: the theme's own sentences come first and
  // only a few generic ones top up, so a story reads as being about its theme.
  const details = theme.mixGeneric
    ? [...rng.sample(GENERIC_DETAILS, rng.int(2, 4)), ...deck(rng, theme.details)]
    : deck(rng, theme.details);
  const quotes = deck(rng, theme.quotes);
  const outcomes = theme.mixGeneric
    ? [...rng.sample(GENERIC_OUTCOMES, 1), ...deck(rng, theme.outcomes)]
    : deck(rng, theme.outcomes);
  const paragraphs: string[] = [];
  let first = rng.pick(leads);
  if (lead) {
    paragraphs.push(fill(ctx, lead));
    // The media lead already said when; "近日，…近日，…" would read badly.
    first = first.replace("{时}，", "");
  }
  first = fill(ctx, first);
  if (rng.chance(0.3) && details.length > 0) first += fill(ctx, details.pop()!);
  paragraphs.push(first);

  while (paragraphs.length < paragraphCount - 1) {
    const roll = rng.next();
    if (roll < 0.22 && quotes.length > 0) {
      paragraphs.push(fill(ctx, quotes.pop()!));
    } else if (roll < 0.32 && outcomes.length > 0) {
      paragraphs.push(fill(ctx, outcomes.pop()!));
    } else if (details.length > 0) {
      let p = fill(ctx, details.pop()!);
      if (rng.chance(0.4) && details.length > 0) p += fill(ctx, details.pop()!);
      paragraphs.push(p);
    } else if (quotes.length + outcomes.length === 0) {
      break;
    }
  }
  // Close with an outcome or the next steps. If no sentence so far used
  // {主题}, the closing one must: the main tag has to occur in the text.
  const needsTag = !paragraphs.some((p) => p.includes(ctx.tag));
  const closing =
    !needsTag && outcomes.length > 0 && rng.chance(0.3)
      ? outcomes.pop()!
      : rng.pick(needsTag ? PLANS_WITH_TAG : GENERIC_PLANS);
  paragraphs.push(fill(ctx, closing));
  fitLength(ctx, paragraphs, theme);
  return paragraphs;
}

function newsDraft(ctx: Ctx, theme: Theme, paragraphCount: number): Draft {
  const { title, template } = headline(ctx, theme.titles);
  return {
    title,
    paragraphs: newsStory(ctx, theme, leadsFor(theme, template), paragraphCount),
    heads: theme.heads,
    summaryFallback: SUMMARY_FALLBACKS,
  };
}

function mediaDraft(ctx: Ctx, theme: Theme, paragraphCount: number): Draft {
  const { rng } = ctx;
  const prefix = rng.pick(MEDIA_PREFIXES);
  const video = prefix.includes("视频") || prefix.includes("航拍");
  const { title, template } = headline(ctx, theme.titles.map((t) => prefix + t));
  const leads = leadsFor(theme, template.slice(prefix.length));
  return {
    title,
    paragraphs: newsStory(ctx, theme, leads, paragraphCount, rng.pick(video ? VIDEO_LEADS : PHOTO_LEADS)),
    heads: theme.heads,
    summaryFallback: SUMMARY_FALLBACKS,
  };
}

function meetingDraft(ctx: Ctx, theme: Theme, paragraphCount: number): Draft {
  const { rng } = ctx;
  const meeting = rng.pick(MEETINGS);
  ctx.countyFocus = meeting.county;
  const name = personName(rng);
  ctx.cache.set("领导", name);
  ctx.cache.set("会议", fill(ctx, meeting.name));
  ctx.cache.set("主持人", fill(ctx, rng.pick(meeting.chair)) + name);
  // "主持召开全州X工作推进会 研究部署X等工作" would say X twice.
  const titles = meeting.name.includes("{主题}") ? MEETING_TITLES.filter((t) => !t.includes("研究部署")) : MEETING_TITLES;
  const { title } = headline(ctx, titles);

  // A report runs heard → pointed out → stressed → required, so the chosen
  // paragraphs keep that order; substance from the theme follows the first
  // of them as background (only "{地}…" sentences read right after "据介绍").
  const findings = deck(rng, theme.details.filter((d) => d.startsWith("{地}"))).map((d) => "据介绍，" + d);
  const order = rng.sample(MEETING_BODIES.map((_, i) => i), MEETING_BODIES.length);
  const chosen = order.splice(0, Math.min(paragraphCount - 2, MEETING_BODIES.length - 1));
  const extra: string[] = [];
  const lead = fill(ctx, rng.pick(MEETING_LEADS));
  const closer = fill(ctx, rng.pick(MEETING_CLOSERS));
  const assemble = () => {
    const bodies = [...chosen].sort((a, b) => a - b).map((i) => fill(ctx, MEETING_BODIES[i]));
    return [lead, ...bodies.slice(0, 1), ...extra, ...bodies.slice(1), closer];
  };
  let paragraphs = assemble();
  while (paragraphs.length < paragraphCount && findings.length > 0) {
    extra.push(fill(ctx, findings.pop()!));
    paragraphs = assemble();
  }
  while (textLength(paragraphs) < BODY_MIN && paragraphs.length < 9 && (order.length > 0 || findings.length > 0)) {
    if (findings.length > 0) extra.push(fill(ctx, findings.pop()!));
    else chosen.push(order.pop()!);
    paragraphs = assemble();
  }
  return { title, paragraphs, heads: theme.heads, summaryFallback: SUMMARY_FALLBACKS };
}

function visitDraft(ctx: Ctx, theme: Theme, paragraphCount: number): Draft {
  const { rng } = ctx;
  ctx.countyFocus = true;
  ctx.cache.set("领导", personName(rng));
  ctx.cache.set("领导职务", rng.pick(PREFECTURE_LEADER_TITLES));
  const { title } = headline(ctx, VISIT_TITLES);
  const lead = fill(ctx, rng.pick(VISIT_LEADS));
  // The tour ("一行先后来到…") comes first, then what the official said.
  const siteDeck = deck(rng, VISIT_SITES.slice(1));
  const remarkDeck = deck(rng, VISIT_REMARKS);
  const sites = [fill(ctx, VISIT_SITES[0])];
  const remarks = [fill(ctx, remarkDeck.pop()!)];
  const closer = fill(ctx, rng.pick(VISIT_CLOSERS));
  const count = () => 2 + sites.length + remarks.length;
  const length = () => lead.length + closer.length + textLength(sites) + textLength(remarks);
  while ((count() < paragraphCount || length() < BODY_MIN) && count() < 9) {
    const takeSite = siteDeck.length > 0 && (remarkDeck.length === 0 || rng.chance(0.5));
    if (takeSite) sites.push(fill(ctx, siteDeck.pop()!));
    else if (remarkDeck.length > 0) remarks.push(fill(ctx, remarkDeck.pop()!));
    else break;
  }
  return { title, paragraphs: [lead, ...sites, ...remarks, closer], heads: theme.heads, summaryFallback: SUMMARY_FALLBACKS };
}

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

function noticeDraft(ctx: Ctx, notice: Notice, paragraphCount: number): Draft {
  const { rng } = ctx;
  const { title } = headline(ctx, notice.titles);
  const paragraphs = [fill(ctx, rng.pick(notice.leads))];
  for (const variants of notice.items) paragraphs.push(fill(ctx, rng.pick(variants)));
  const numbered = notice.items[0][0].startsWith("一、");
  const extras = deck(rng, notice.extras);
  while ((paragraphs.length < paragraphCount || textLength(paragraphs) < BODY_MIN) && extras.length > 0) {
    const extra = fill(ctx, extras.pop()!);
    // paragraphs[0] is the lead, so paragraphs.length - 1 items precede this one.
    paragraphs.push(numbered ? `${CHINESE_NUMERALS[paragraphs.length - 1]}、${extra}` : extra);
  }
  return {
    title,
    paragraphs,
    heads: notice.heads,
    summaryFallback: [
      "{县}有关部门近日发布{主题}相关通告，请广大群众提前了解有关安排，合理安排生产生活，并相互转告。",
      "{县}有关部门发布通告，就{主题}有关事项作出具体安排，请广大群众及时知悉、相互转告，做好相应准备。",
    ],
  };
}

// ---------------------------------------------------------------------------

/** Inserts 2–3 sub-headings between paragraphs (never first or last). */
function withHeads(rng: Rng, paragraphs: readonly string[], heads: readonly string[], ordered: boolean): string {
  const count = paragraphs.length >= 7 && rng.chance(0.4) ? 3 : 2;
  // A notice's headings follow its items in order; a story uses its theme's
  // own headings (shuffled) before any generic ones.
  const pool = ordered ? heads : deck(rng, heads, GENERIC_HEADS);
  const at = new Map<number, string>();
  for (let k = 0; k < count; k++) at.set(1 + Math.floor((k * (paragraphs.length - 1)) / count), pool[k]);
  let html = "";
  paragraphs.forEach((p, i) => {
    const head = at.get(i);
    if (head) html += `<h3>${head}</h3>\n`;
    html += `<p>${p}</p>\n`;
  });
  return html.trimEnd();
}

/**
 * Keeps a news story within [BODY_MIN, BODY_MAX] characters: unused detail
 * sentences go in before the closing paragraph, and middle paragraphs (never
 * the lead or the closing one) come out when it runs long.
 */
function fitLength(ctx: Ctx, paragraphs: string[], theme: Theme): void {
  if (textLength(paragraphs) < BODY_MIN) {
    const spare = deck(ctx.rng, theme.mixGeneric ? [...theme.details, ...GENERIC_DETAILS] : theme.details).filter(
      (t) => !ctx.used.has(t),
    );
    while (textLength(paragraphs) < BODY_MIN && spare.length > 0) {
      const extra = fill(ctx, spare.pop()!);
      if (paragraphs.length < 9) paragraphs.splice(paragraphs.length - 1, 0, extra);
      else paragraphs[paragraphs.length - 2] += extra;
    }
  }
  while (textLength(paragraphs) > BODY_MAX && paragraphs.length > 4) paragraphs.splice(paragraphs.length - 2, 1);
}

const FALLBACK_TAGS = ["州委常委会", "常务会议", "全面深化改革", "工作推进会", "工作调度会", "黔东南州", "全州"];

function pickTags(ctx: Ctx, text: string, tag: string, keywords: readonly string[]): string[] {
  const candidates = [tag, ctx.county.name, ...keywords, ...ctx.county.products, ...ctx.county.sights];
  const tags: string[] = [];
  const limit = ctx.rng.int(3, 5);
  for (const c of candidates) {
    if (tags.length >= limit) break;
    if (!tags.includes(c) && text.includes(c)) tags.push(c);
  }
  // Prefecture-wide stories may name no county; another county mentioned in
  // passing is still a useful link to related local news.
  for (const c of COUNTIES) {
    if (tags.length >= 2) break;
    if (!tags.includes(c.name) && text.includes(c.name)) tags.push(c.name);
  }
  // Prefecture meetings name no county at all; the meeting itself links them.
  for (const t of FALLBACK_TAGS) {
    if (tags.length >= 2) break;
    if (!tags.includes(t) && text.includes(t)) tags.push(t);
  }
  return tags;
}

function byline(ctx: Ctx): Pick<DemoArticle, "dateline" | "reporters" | "source"> {
  const { rng } = ctx;
  if (ctx.own) {
    const n = rng.chance(0.5) ? 1 : rng.chance(0.7) ? 2 : 3;
    return { dateline: "本港讯", reporters: Array.from({ length: n }, () => personName(rng)), source: null };
  }
  const source = rng.pick(SOURCES);
  const dateline =
    source.dateline === "agency"
      ? `${AGENCY_PREFIX[source.name] ?? source.name}${rng.pick(["贵阳", "凯里"])}${fill(ctx, "{日期}")}电`
      : `据${source.name}`;
  const reporters = rng.chance(0.5) ? [] : Array.from({ length: rng.int(1, 2) }, () => personName(rng));
  return { dateline, reporters, source: source.name };
}

export function generateDemoArticle(rng: Rng, sectionSlug: string): DemoArticle {
  const plan = SECTIONS[sectionSlug as NewsSectionSlug];
  if (!plan) throw new Error(`generateDemoArticle: unknown section "${sectionSlug}"`);
  const slug = sectionSlug as NewsSectionSlug;

  const notice = slug === "fabu" ? rng.pick(NOTICES) : undefined;
  const theme = notice ? undefined : THEMES[rng.pick(plan.themes)];
  const ctx: Ctx = {
    rng,
    county: rng.pick(COUNTIES),
    countyFocus: rng.chance(plan.countyFocus),
    own: rng.chance(plan.ownWork),
    tag: (notice ?? theme)!.tag,
    slots: (notice ?? theme)!.slots,
    cache: new Map(),
    headlineFigures: new Map(),
    inTitle: false,
    used: new Set(),
  };

  // Decide on sub-headings first: they need at least five paragraphs around them.
  const hasHeads = rng.chance(0.4);
  const paragraphCount = hasHeads ? rng.int(5, 9) : rng.int(4, 8);

  let draft: Draft;
  if (notice) draft = noticeDraft(ctx, notice, paragraphCount);
  else if (slug === "lingdao") draft = visitDraft(ctx, theme!, paragraphCount);
  else if (slug === "shizheng" && rng.chance(0.55)) draft = meetingDraft(ctx, theme!, paragraphCount);
  else if (slug === "shiting") draft = mediaDraft(ctx, theme!, paragraphCount);
  else draft = newsDraft(ctx, theme!, paragraphCount);

  const paragraphs = draft.paragraphs;
  const bodyHtml =
    hasHeads && paragraphs.length >= 5
      ? withHeads(rng, paragraphs, draft.heads, notice !== undefined)
      : paragraphs.map((p) => `<p>${p}</p>`).join("\n");

  const subtitle = !notice && slug !== "lingdao" && rng.chance(0.13) ? fill(ctx, rng.pick(SUBTITLES)) : "";
  // A notice's numbered items make poor summaries; its lead says it all.
  const summary = summarize(ctx, paragraphs.slice(0, notice ? 1 : 3), draft.summaryFallback);
  const text = draft.title + paragraphs.join("");
  const keywords = notice ? notice.keywords : theme!.keywords;
  return {
    sectionSlug,
    title: draft.title,
    subtitle,
    summary,
    bodyHtml,
    ...byline(ctx),
    tags: pickTags(ctx, text, ctx.tag, keywords),
  };
}
