// What the data layer hands to pages and components. Plain JSON (dates as ISO
// strings) because cached reads are serialized into Next's data cache.

export type ImageView = {
  key: string;
  width: number;
  height: number;
  /** Widths of the stored variants, ascending. */
  widths: number[];
  format: string;
  alt: string;
  caption: string;
  credit: string;
  /** AVIF variants exist at the same widths (uploads; not the demo pictures). */
  hasAvif: boolean;
};

export type SectionView = { id: number; slug: string; name: string; description: string };

export type ArticleListItem = {
  id: number;
  title: string;
  summary: string;
  /** ISO 8601 instant. */
  publishedAt: string;
  section: { id: number; slug: string; name: string };
  cover: ImageView | null;
  isBreaking: boolean;
  viewCount: number;
};

export type ArticleView = ArticleListItem & {
  subtitle: string;
  bodyHtml: string;
  dateline: string;
  reporters: string[];
  /** null when the article is the site's own work. */
  source: { name: string; url: string } | null;
  /** 责任编辑 */
  editorName: string | null;
  tags: string[];
  /** When the text last changed (a save or a 更正); its publication time if never. */
  modifiedAt: string;
  /** 更正, oldest first. */
  corrections: CorrectionView[];
};

/** 更正: what an article said that was wrong, what is right, and when it was corrected. */
export type CorrectionView = { id: number; wrong: string; corrected: string; createdAt: string };

export type ArticleLink = { id: number; title: string; publishedAt: string };

/** 黔图汇: a photo set in a list (the cover falls back to its first photo). */
export type PhotoSetListItem = Pick<ArticleListItem, "id" | "title" | "summary" | "publishedAt" | "section" | "cover"> & { photoCount: number };

/** `alt` is always filled: the photo's 替代文字, else its caption, else the set's title (photoAlt). */
export type PhotoView = { id: number; caption: string; alt: string; photographer: string; image: ImageView };

export type PhotoSetView = PhotoSetListItem & { photos: PhotoView[]; editorName: string | null; updatedAt: string };

export type PhotoSetLink = { id: number; title: string; publishedAt: string };

export type SiteSettingsView = {
  siteName: string;
  siteDescription: string;
  submissionEmail: string;
  hotline: string;
  /** The value; `dutyContactKind` says whether it is a QQ number, a 微信 id or a phone number. */
  dutyContact: string;
  dutyContactKind: string;
  originalStatement: string;
  reprintStatement: string;
  copyright: string;
  icp: string;
  /** 网站地址: used for absolute links only when SITE_URL is not set (lib/site/site-url.ts). */
  siteUrl: string;
  policeRecord: string;
  newsLicense: string;
  reportPhone: string;
  reportEmail: string;
  aboutHtml: string;
  contactHtml: string;
};

export type TopicTeaser = { slug: string; title: string; summary: string; banner: ImageView | null; ongoing: boolean };

export type MediaKind = "video" | "audio";

/** 视听中心: an audio or video item in a list. */
export type MediaListItem = {
  id: number;
  kind: MediaKind;
  title: string;
  summary: string;
  /** ISO 8601 instant. */
  publishedAt: string;
  durationSeconds: number;
  poster: ImageView | null;
  section: { slug: string; name: string } | null;
};

/** An item's own page: what the player needs besides the list fields. */
export type MediaItemView = MediaListItem & {
  /** File name under /media/av/ (see lib/media/av/av-url.ts). */
  fileName: string;
  mimeType: string;
  fileSize: number;
  /** WebVTT file name under /media/av/, or "" when there are no subtitles. */
  subtitlesFile: string;
  subtitlesLang: string;
  updatedAt: string;
};

export type Paginated<T> = { items: T[]; page: number; pageCount: number; total: number };

/** A topic in the /topics directory and the homepage's ongoing-topics block. */
export type TopicSummary = TopicTeaser & { itemCount: number };

/** One entry of a topic group: an article, a photo set (/photos/<id>) or a video/audio item (/video/<id>). */
export type TopicItemView =
  | { kind: "article"; itemId: number; id: number; title: string; summary: string; publishedAt: string; cover: ImageView | null }
  | { kind: "photos"; itemId: number; id: number; title: string; summary: string; publishedAt: string; cover: ImageView | null }
  | {
      kind: "media";
      itemId: number;
      id: number;
      /** video or audio */
      mediaKind: string;
      title: string;
      summary: string;
      publishedAt: string;
      cover: ImageView | null;
      durationSeconds: number;
    };

export type TopicGroupView = { id: number; title: string; items: TopicItemView[] };

export type TopicView = TopicSummary & { introHtml: string; groups: TopicGroupView[] };

/** 本文所属专题 on an article page. */
export type TopicLink = { slug: string; title: string };

export type JobListItem = {
  id: number;
  position: string;
  employer: string;
  /** County slug and its name (lib/jobs/counties.ts). */
  county: { slug: string; name: string };
  category: { slug: string; name: string };
  /** Yuan per month; both null is 面议. */
  salaryMin: number | null;
  salaryMax: number | null;
  headcount: number;
  /** ISO 8601 instants. */
  publishedAt: string;
  expiresAt: string;
};

export type JobView = JobListItem & {
  requirements: string;
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

/** One search result; the HTML fields are escaped text with the query words in <mark>. */
export type SearchHit = {
  kind: "article" | "photos" | "media" | "topic";
  href: string;
  titleHtml: string;
  snippetHtml: string;
  /** ISO 8601 instant. */
  publishedAt: string;
  sectionName: string | null;
};

export type SearchResultPage = Paginated<SearchHit> & {
  /** The query as searched (trimmed, capped). */
  query: string;
  /** The reader's query was longer than allowed and was cut. */
  truncated: boolean;
  /** The section filter's slug, when one applies. */
  section: string | null;
};
