import "server-only";
import { canCreateMediaItem, canEditMediaItem } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { syncMediaItemSearch, syncSearchQuietly } from "@/lib/search/sync-search";
import type { MediaItemFormInput } from "@/lib/validation/media-item";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { loadMediaState } from "./load-media-item";
import { publicMediaTags } from "./media-tags";
import { STATUS } from "@/lib/content/status";

export type SaveMediaOutcome = { id: number; revalidate: string[] };

/**
 * Creates an item (a draft without a file; the file is uploaded next) or
 * changes its title, summary, section, kind and poster.
 */
export async function saveMediaItem(actor: Actor | null, input: MediaItemFormInput, ip = ""): Promise<SaveMediaOutcome> {
  if (!actor) throw notSignedIn();
  await requireNewsSection(input.sectionId);
  if (input.coverImageId !== null && !(await db.image.findUnique({ where: { id: input.coverImageId }, select: { id: true } }))) {
    throw new CommandError("invalid", "封面图片不存在，请重新上传", { coverImageId: "封面图片不存在，请重新上传" });
  }
  const fields = { title: input.title, summary: input.summary, sectionId: input.sectionId, kind: input.kind, posterImageId: input.coverImageId };

  if (input.id === null) {
    if (!canCreateMediaItem(actor, input.sectionId)) throw forbidden("在这个栏目新建视听节目");
    const created = await db.$transaction(async (tx) => {
      const item = await tx.mediaItem.create({ data: { ...fields, fileName: "", mimeType: "", fileSize: 0, status: STATUS.draft, authorId: actor.id }, select: { id: true } });
      await recordAudit({ userId: actor.id, action: "media.create", targetType: "media", targetId: item.id, detail: input.title, ip }, tx);
      return item;
    });
    return { id: created.id, revalidate: [] };
  }

  const current = await loadMediaState(input.id);
  if (!canEditMediaItem(actor, current)) throw forbidden("修改这个视听节目");
  // Moving an item into a section needs the right to edit there too.
  if (!canEditMediaItem(actor, { ...current, sectionId: input.sectionId })) throw forbidden("把节目移到这个栏目");
  if (current.fileName && kindOfMime(current.mimeType) !== input.kind) {
    const message = `已上传的文件是${input.kind === "video" ? "音频" : "视频"}，请先上传对应的文件再改类型`;
    throw new CommandError("invalid", message, { kind: message });
  }
  await db.$transaction(async (tx) => {
    await tx.mediaItem.update({ where: { id: current.id }, data: fields });
    await recordAudit({ userId: actor.id, action: "media.save", targetType: "media", targetId: current.id, detail: input.title, ip }, tx);
  });
  if (current.status === STATUS.published) await syncSearchQuietly(() => syncMediaItemSearch(current.id));
  return { id: current.id, revalidate: current.status === STATUS.published ? publicMediaTags(current.id) : [] };
}

function kindOfMime(mimeType: string): "video" | "audio" {
  return mimeType.startsWith("video/") ? "video" : "audio";
}

async function requireNewsSection(sectionId: number) {
  const section = await db.section.findUnique({ where: { id: sectionId }, select: { channel: true } });
  if (!section || section.channel !== "news") throw new CommandError("invalid", "栏目不存在", { sectionId: "请选择栏目" });
}
