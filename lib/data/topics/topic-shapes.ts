import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { TopicItemView } from "@/lib/view-types";
import { STATUS } from "@/lib/content/status";

// What a topic item points at, and how it becomes a view. Readers see only
// items whose article, photo set or video is published; the newsroom sees all.


/** Items a reader may see: the thing they point at is published. */
const publicItemWhere = {
  OR: [{ article: { status: STATUS.published } }, { photoSet: { status: STATUS.published } }, { mediaItem: { status: STATUS.published } }],
};

export const topicItemSelect = {
  id: true,
  position: true,
  article: { select: { id: true, title: true, summary: true, status: true, publishedAt: true, coverImage: { select: imageSelect } } },
  photoSet: { select: { id: true, title: true, summary: true, status: true, publishedAt: true, coverImage: { select: imageSelect } } },
  mediaItem: {
    select: { id: true, kind: true, title: true, summary: true, status: true, publishedAt: true, durationSeconds: true, posterImage: { select: imageSelect } },
  },
} as const;

type Picture = Parameters<typeof toImageView>[0];
type Target = { id: number; title: string; summary: string; status: string; publishedAt: Date | null };

export type TopicItemRow = {
  id: number;
  article: (Target & { coverImage: Picture }) | null;
  photoSet: (Target & { coverImage: Picture }) | null;
  mediaItem: (Target & { kind: string; durationSeconds: number; posterImage: Picture }) | null;
};

const iso = (d: Date | null) => (d ?? new Date(0)).toISOString();

/** The item as a reader sees it; null when what it points at is not published (or gone). */
export function toTopicItemView(row: TopicItemRow): TopicItemView | null {
  const base = { itemId: row.id };
  if (row.article?.status === STATUS.published) {
    const a = row.article;
    return { ...base, kind: "article", id: a.id, title: a.title, summary: a.summary, publishedAt: iso(a.publishedAt), cover: toImageView(a.coverImage) };
  }
  if (row.photoSet?.status === STATUS.published) {
    const p = row.photoSet;
    return { ...base, kind: "photos", id: p.id, title: p.title, summary: p.summary, publishedAt: iso(p.publishedAt), cover: toImageView(p.coverImage) };
  }
  if (row.mediaItem?.status === STATUS.published) {
    const m = row.mediaItem;
    return {
      ...base,
      kind: "media",
      id: m.id,
      mediaKind: m.kind,
      title: m.title,
      summary: m.summary,
      publishedAt: iso(m.publishedAt),
      cover: toImageView(m.posterImage),
      durationSeconds: m.durationSeconds,
    };
  }
  return null;
}

export const topicSummarySelect = {
  slug: true,
  title: true,
  summary: true,
  ongoing: true,
  bannerImage: { select: imageSelect },
  groups: { select: { _count: { select: { items: { where: publicItemWhere } } } } },
} as const;

type SummaryRow = {
  slug: string;
  title: string;
  summary: string;
  ongoing: boolean;
  bannerImage: Picture;
  groups: { _count: { items: number } }[];
};

export function toTopicSummary({ bannerImage, groups, ...t }: SummaryRow) {
  return { ...t, banner: toImageView(bannerImage), itemCount: groups.reduce((n, g) => n + g._count.items, 0) };
}

/** Ongoing first, then closed, each in the editors' order. */
export const topicOrder = [{ ongoing: "desc" as const }, { position: "asc" as const }, { id: "desc" as const }];
