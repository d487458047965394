import "server-only";
import { canViewPhotoSet } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { imageSrc } from "@/lib/media/image-url";
import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import { loadPhotoSetState } from "@/lib/newsroom/photos/load-photo-set";
import { isId } from "@/lib/site/params";

/** One photo as the editor shows it: a small preview and the texts. */
export type EditablePhoto = { photoId: number | null; imageId: number; src: string; caption: string; alt: string; photographer: string };

export type EditablePhotoSet = {
  id: number;
  status: string;
  title: string;
  summary: string;
  sectionId: number;
  authorId: number | null;
  coverImageId: number | null;
  publishedAt: string | null;
  /** Changes with every save: the form reloads its photo list when it does. */
  updatedAt: string;
  photos: EditablePhoto[];
};

/** A set as the newsroom form needs it; null when unknown or not the actor's to see. */
export async function getPhotoSetForEdit(actor: Actor, id: number): Promise<EditablePhotoSet | null> {
  if (!isId(id)) return null;
  const state = await loadPhotoSetState(id).catch(() => null);
  if (!state || !canViewPhotoSet(actor, state)) return null;
  const row = await db.photoSet.findUniqueOrThrow({
    where: { id },
    select: {
      summary: true,
      updatedAt: true,
      photos: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, imageId: true, caption: true, alt: true, photographer: true, image: { select: imageSelect } } },
    },
  });
  return {
    id: state.id,
    status: state.status,
    title: state.title,
    summary: row.summary,
    sectionId: state.sectionId,
    authorId: state.authorId,
    coverImageId: state.coverImageId,
    publishedAt: state.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    photos: row.photos.map((p) => ({
      photoId: p.id,
      imageId: p.imageId,
      src: imageSrc(toImageView(p.image)!, 320),
      caption: p.caption,
      alt: p.alt,
      photographer: p.photographer,
    })),
  };
}
