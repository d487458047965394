import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { PhotoSetLink, PhotoSetListItem, PhotoSetView } from "@/lib/view-types";

// The columns each read of a photo set needs, and how rows become view
// objects. Lists load the cover (or the first photo, when no cover is set)
// and the number of photos, never the photos themselves.


export const photoSetListSelect = {
  id: true,
  title: true,
  summary: true,
  publishedAt: true,
  section: { select: { id: true, slug: true, name: true } },
  coverImage: { select: imageSelect },
  photos: { orderBy: { position: "asc" }, take: 1, select: { image: { select: imageSelect } } },
  _count: { select: { photos: true } },
} as const;

export const photoSetSelect = {
  ...photoSetListSelect,
  editorId: true,
  updatedAt: true,
  photos: {
    orderBy: { position: "asc" },
    select: { id: true, caption: true, alt: true, photographer: true, image: { select: imageSelect } },
  },
} as const;

type ImageRow = NonNullable<Parameters<typeof toImageView>[0]>;

type ListRow = {
  id: number;
  title: string;
  summary: string;
  publishedAt: Date | null;
  section: { id: number; slug: string; name: string };
  coverImage: ImageRow | null;
  photos: { image: ImageRow }[];
  _count: { photos: number };
};

type SetRow = Omit<ListRow, "photos"> & {
  updatedAt: Date;
  photos: { id: number; caption: string; alt: string; photographer: string; image: ImageRow }[];
};

export function toPhotoSetListItem(row: ListRow): PhotoSetListItem {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    section: row.section,
    cover: toImageView(row.coverImage ?? row.photos[0]?.image ?? null),
    photoCount: row._count.photos,
  };
}

export function toPhotoSetView(row: SetRow, editorName: string | null): PhotoSetView {
  return {
    ...toPhotoSetListItem(row),
    updatedAt: row.updatedAt.toISOString(),
    editorName,
    photos: row.photos.map((p, i) => ({ id: p.id, caption: p.caption, alt: photoAlt(p, row.title, i), photographer: p.photographer, image: toImageView(p.image)! })),
  };
}

/** A photo's alt text: its own 替代文字, else its caption, else the set's title with its place in the set. */
export function photoAlt(photo: { alt: string; caption: string }, setTitle: string, index: number): string {
  return photo.alt.trim() || photo.caption.trim() || `${setTitle}（第${index + 1}张）`;
}

export function toPhotoSetLink(row: { id: number; title: string; publishedAt: Date | null }): PhotoSetLink {
  return { id: row.id, title: row.title, publishedAt: (row.publishedAt ?? new Date(0)).toISOString() };
}
