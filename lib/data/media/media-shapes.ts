import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { MediaItemView, MediaKind, MediaListItem } from "@/lib/view-types";
import { STATUS } from "@/lib/content/status";

// Columns and row → view conversions for 视听中心 reads.

export const MEDIA_KINDS = ["video", "audio"] as const satisfies readonly MediaKind[];

export const mediaListSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  publishedAt: true,
  durationSeconds: true,
  posterImage: { select: imageSelect },
  section: { select: { slug: true, name: true } },
} as const;

export const mediaItemSelect = {
  ...mediaListSelect,
  fileName: true,
  mimeType: true,
  fileSize: true,
  subtitlesFile: true,
  subtitlesLang: true,
  updatedAt: true,
  sectionId: true,
} as const;

type ListRow = {
  id: number;
  kind: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  durationSeconds: number;
  posterImage: Parameters<typeof toImageView>[0];
  section: { slug: string; name: string } | null;
};

type ItemRow = ListRow & { fileName: string; mimeType: string; fileSize: number; subtitlesFile: string; subtitlesLang: string; updatedAt: Date };

export function toMediaListItem(row: ListRow): MediaListItem {
  return {
    id: row.id,
    kind: row.kind === "audio" ? "audio" : "video",
    title: row.title,
    summary: row.summary,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    durationSeconds: row.durationSeconds,
    poster: toImageView(row.posterImage),
    section: row.section,
  };
}

export function toMediaItemView(row: ItemRow): MediaItemView {
  return {
    ...toMediaListItem(row),
    fileName: row.fileName,
    mimeType: row.mimeType,
    fileSize: row.fileSize,
    subtitlesFile: row.subtitlesFile,
    subtitlesLang: row.subtitlesLang,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Only items with a file are shown to readers, whatever their status says. */
export const publishedMediaWhere = (kind?: MediaKind) => ({
  status: STATUS.published,
  fileName: { not: "" },
  ...(kind ? { kind } : {}),
});
