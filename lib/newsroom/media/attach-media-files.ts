import "server-only";
import { canEditMediaItem } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { processAvUpload } from "@/lib/media/av/process-av-upload";
import { processSubtitlesUpload } from "@/lib/media/av/process-subtitles";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { loadMediaState, type MediaState } from "./load-media-item";
import { publicMediaTags } from "./media-tags";
import { removeAvFile } from "./remove-av-file";
import { STATUS } from "@/lib/content/status";

type Body = ReadableStream<Uint8Array> | null;
export type AttachOutcome = { id: number; fileName: string; durationSeconds?: number; revalidate: string[] };

async function editableItem(actor: Actor | null, id: number): Promise<{ actor: Actor; current: MediaState }> {
  if (!actor) throw notSignedIn();
  const current = await loadMediaState(id);
  if (!canEditMediaItem(actor, current)) throw forbidden("修改这个视听节目");
  return { actor, current };
}

const tagsIfPublic = (current: MediaState) => (current.status === STATUS.published ? publicMediaTags(current.id) : []);

/**
 * Stores an uploaded audio/video file for the item (checked against its
 * kind), records its type, size and duration, and removes the file it
 * replaces. The permission is checked before a byte of the body is read.
 */
export async function attachMediaFile(actorOrNull: Actor | null, id: number, body: Body, ip = "", maxBytes?: number): Promise<AttachOutcome> {
  const { actor, current } = await editableItem(actorOrNull, id);
  const kind = current.kind === "audio" ? "audio" : "video";
  const result = await processAvUpload(body, kind, maxBytes);
  if (!result.ok) throw new CommandError("invalid", result.error);
  const { file } = result;
  try {
    await db.$transaction(async (tx) => {
      await tx.mediaItem.update({ where: { id }, data: file });
      const detail = `${current.title}（${file.mimeType}，${file.fileSize} 字节，${file.durationSeconds} 秒）`;
      await recordAudit({ userId: actor.id, action: "media.upload", targetType: "media", targetId: id, detail, ip }, tx);
    });
  } catch (error) {
    await removeAvFile(file.fileName);
    throw error;
  }
  await removeAvFile(current.fileName);
  return { id, fileName: file.fileName, durationSeconds: file.durationSeconds, revalidate: tagsIfPublic(current) };
}

/** Stores uploaded WebVTT subtitles for the item, replacing (and removing) any earlier file. */
export async function attachSubtitles(actorOrNull: Actor | null, id: number, body: Body, ip = ""): Promise<AttachOutcome> {
  const { actor, current } = await editableItem(actorOrNull, id);
  const result = await processSubtitlesUpload(body);
  if (!result.ok) throw new CommandError("invalid", result.error);
  try {
    await db.$transaction(async (tx) => {
      await tx.mediaItem.update({ where: { id }, data: { subtitlesFile: result.fileName, subtitlesLang: "zh-CN" } });
      await recordAudit({ userId: actor.id, action: "media.subtitles", targetType: "media", targetId: id, detail: current.title, ip }, tx);
    });
  } catch (error) {
    await removeAvFile(result.fileName);
    throw error;
  }
  await removeAvFile(current.subtitlesFile);
  return { id, fileName: result.fileName, revalidate: tagsIfPublic(current) };
}

export async function removeSubtitles(actorOrNull: Actor | null, id: number, ip = ""): Promise<AttachOutcome> {
  const { actor, current } = await editableItem(actorOrNull, id);
  if (!current.subtitlesFile) throw new CommandError("invalid", "这个节目没有字幕");
  await db.$transaction(async (tx) => {
    await tx.mediaItem.update({ where: { id }, data: { subtitlesFile: "" } });
    await recordAudit({ userId: actor.id, action: "media.subtitles-remove", targetType: "media", targetId: id, detail: current.title, ip }, tx);
  });
  await removeAvFile(current.subtitlesFile);
  return { id, fileName: "", revalidate: tagsIfPublic(current) };
}
