import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { NEWSROOM_PAGE_SIZE } from "./list-newsroom-articles";
import { db } from "@/lib/db/client";
import { toImageView, imageSelect } from "@/lib/data/images/image-view";
import type { ImageView, MediaKind } from "@/lib/view-types";
import { pageCountOf, pageWindowOf } from "@/lib/data/paginate";
import { canViewMediaItem } from "@/lib/auth/permissions";

// The newsroom's 视听 list and editor. Never cached. Reporters see what they created.


export type NewsroomMediaRow = {
  id: number;
  title: string;
  kind: MediaKind;
  status: string;
  section: string;
  durationSeconds: number;
  hasFile: boolean;
  updatedAt: string;
};

export async function listNewsroomMedia(actor: Actor, page: number) {
  const where = actor.role === "reporter" ? { authorId: actor.id } : {};
  const [total, rows] = await Promise.all([
    db.mediaItem.count({ where }),
    db.mediaItem.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...pageWindowOf(page, NEWSROOM_PAGE_SIZE),
      select: { id: true, title: true, kind: true, status: true, durationSeconds: true, fileName: true, updatedAt: true, section: { select: { name: true } } },
    }),
  ]);
  const items: NewsroomMediaRow[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind === "audio" ? "audio" : "video",
    status: r.status,
    section: r.section?.name ?? "—",
    durationSeconds: r.durationSeconds,
    hasFile: r.fileName !== "",
    updatedAt: r.updatedAt.toISOString(),
  }));
  return { items, total, page, pageCount: pageCountOf(total, NEWSROOM_PAGE_SIZE) };
}

export type EditableMediaItem = {
  id: number;
  title: string;
  summary: string;
  kind: MediaKind;
  sectionId: number | null;
  status: string;
  fileName: string;
  mimeType: string;
  fileSize: number;
  durationSeconds: number;
  subtitlesFile: string;
  subtitlesLang: string;
  poster: (ImageView & { id: number }) | null;
  publishedAt: string | null;
  authorId: number | null;
};

/** An item for the editor, or null when it does not exist. */
export async function getMediaItemForEdit(actor: Actor, id: number): Promise<EditableMediaItem | null> {
  const row = await db.mediaItem.findUnique({
    where: { id },
    select: {
      id: true, title: true, summary: true, kind: true, sectionId: true, status: true, fileName: true, mimeType: true,
      fileSize: true, durationSeconds: true, subtitlesFile: true, subtitlesLang: true, publishedAt: true,
      posterImage: { select: { id: true, ...imageSelect } },
      authorId: true,
    },
  });
  // Reporters see only what they may change, as with articles.
  if (!row || !canViewMediaItem(actor, row)) return null;
  const { posterImage, publishedAt, kind, ...rest } = row;
  const poster = toImageView(posterImage);
  return {
    ...rest,
    kind: kind === "audio" ? "audio" : "video",
    poster: poster && posterImage ? { ...poster, id: posterImage.id } : null,
    publishedAt: publishedAt?.toISOString() ?? null,
  };
}
