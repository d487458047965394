import "server-only";
import { canCreatePhotoSet, canEditPhotoSet, canPublishPhotoSet } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { syncPhotoSetSearch, syncSearchQuietly } from "@/lib/search/sync-search";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PhotoInput, PhotoSetFormInput } from "@/lib/validation/photo-set";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { loadPhotoSetState, PHOTO_SET_AUDIT_TYPE, publicPhotoSetTags } from "./load-photo-set";
import { STATUS } from "@/lib/content/status";

export type PhotoSetSaveOutcome = { id: number; revalidate: string[] };

const invalid = (field: string, message: string) => new CommandError("invalid", message, { [field]: message });

/**
 * Creates a set (no id) or saves one: title, lead, section, and the photos
 * in the order given, with their captions and photographers. Photos left out
 * of the list are removed. Every id in the form is checked against the
 * database: a forged photo id, a picture that does not exist or a cover that
 * is not one of the set's photos is refused.
 */
export async function savePhotoSet(actor: Actor | null, input: PhotoSetFormInput): Promise<PhotoSetSaveOutcome> {
  if (!actor) throw notSignedIn();
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } });
  if (!section) throw invalid("sectionId", "栏目不存在");
  await checkImages(input.photos);
  const coverImageId = chooseCover(input);

  if (input.id === null) {
    if (!canCreatePhotoSet(actor, section.id)) throw forbidden("在该栏目建图集");
    if (input.photos.some((p) => p.photoId !== null)) throw invalid("photos", "图片不属于这个图集");
    return db.$transaction(async (tx) => {
      const created = await tx.photoSet.create({
        data: { title: input.title, summary: input.summary, sectionId: section.id, coverImageId, status: STATUS.draft, authorId: actor.id },
        select: { id: true },
      });
      await writePhotos(tx, created.id, input.photos);
      await recordAudit({ userId: actor.id, action: "photoset.create", targetType: PHOTO_SET_AUDIT_TYPE, targetId: created.id, detail: input.title }, tx);
      return { id: created.id, revalidate: [] };
    });
  }

  const current = await loadPhotoSetState(input.id);
  if (!canEditPhotoSet(actor, current)) throw forbidden("修改这个图集");
  if (section.id !== current.sectionId && !canEditPhotoSet(actor, { ...current, sectionId: section.id })) {
    throw new CommandError("forbidden", "没有权限：把图集移到该栏目", { sectionId: "您不能把图集移到该栏目" });
  }
  const live = current.status === STATUS.published;
  if (live && !(canPublishPhotoSet(actor, current) && canPublishPhotoSet(actor, { sectionId: section.id }))) throw forbidden("修改已发布的图集");
  if (live && input.photos.length === 0) throw invalid("photos", "已发布的图集至少要有一张图片");

  const ownIds = new Set(
    (await db.photo.findMany({ where: { photoSetId: current.id }, select: { id: true } })).map((p) => p.id),
  );
  const given = input.photos.flatMap((p) => (p.photoId === null ? [] : [p.photoId]));
  if (given.some((id) => !ownIds.has(id)) || new Set(given).size !== given.length) throw invalid("photos", "图片不属于这个图集");

  await db.$transaction(async (tx) => {
    await tx.photoSet.update({
      where: { id: current.id },
      data: { title: input.title, summary: input.summary, sectionId: section.id, coverImageId },
    });
    await tx.photo.deleteMany({ where: { photoSetId: current.id, id: { notIn: given } } });
    await writePhotos(tx, current.id, input.photos);
    const removed = ownIds.size - given.length;
    const detail = `${input.title}（${input.photos.length}张${removed > 0 ? `，删除${removed}张` : ""}）`;
    await recordAudit({ userId: actor.id, action: "photoset.save", targetType: PHOTO_SET_AUDIT_TYPE, targetId: current.id, detail }, tx);
  });
  if (live) await syncSearchQuietly(() => syncPhotoSetSearch(current.id));
  return { id: current.id, revalidate: live ? publicPhotoSetTags(current.id) : [] };
}

async function checkImages(photos: PhotoInput[]) {
  const ids = [...new Set(photos.map((p) => p.imageId))];
  if (ids.length === 0) return;
  const found = await db.image.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw invalid("photos", "有图片不存在，请重新上传");
}

/** The cover must be one of the set's own photos; without a choice, the first photo. */
function chooseCover(input: PhotoSetFormInput): number | null {
  if (input.coverImageId === null) return input.photos[0]?.imageId ?? null;
  if (!input.photos.some((p) => p.imageId === input.coverImageId)) throw invalid("coverImageId", "封面必须是图集中的一张图片");
  return input.coverImageId;
}

/** Kept photos get their new position and text (never another picture); new ones are added. */
async function writePhotos(tx: Prisma.TransactionClient, photoSetId: number, photos: PhotoInput[]) {
  for (const [position, p] of photos.entries()) {
    const text = { position, caption: p.caption, alt: p.alt, photographer: p.photographer };
    if (p.photoId === null) await tx.photo.create({ data: { ...text, photoSetId, imageId: p.imageId } });
    else await tx.photo.update({ where: { id: p.photoId }, data: text });
  }
}
