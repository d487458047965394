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
  updatedAt: string;
};

export type ArticleLink = { id: number; title: string; publishedAt: string };

/** 黔图汇: a photo set in a list (the cover falls back to its first photo). */
export type PhotoSetListItem = Pick<ArticleListItem, "id" | "title" | "summary" | "publishedAt" | "section" | "cover"> & { photoCount: number };

export type PhotoView = { id: number; caption: string; photographer: string; image: ImageView };

export type PhotoSetView = PhotoSetListItem & { photos: PhotoView[]; editorName: string | null; updatedAt: string };

export type PhotoSetLink = { id: number; title: string; publishedAt: string };

export type SiteSettingsView = {
  siteName: string;
  siteDescription: string;
  submissionEmail: string;
  hotline: string;
  dutyQq: string;
  originalStatement: string;
  reprintStatement: string;
  copyright: string;
  icp: string;
};

export type TopicTeaser = { slug: string; title: string; summary: string; banner: ImageView | null; ongoing: boolean };

export type Paginated<T> = { items: T[]; page: number; pageCount: number; total: number };
