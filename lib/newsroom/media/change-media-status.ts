import "server-only";
import { canPublishMediaItem } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { syncMediaItemSearch, syncSearchQuietly } from "@/lib/search/sync-search";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { statusLabel } from "../status-labels";
import { loadMediaState, type MediaState } from "./load-media-item";
import { publicMediaTags } from "./media-tags";
import { removeAvFile } from "./remove-av-file";
import { STATUS } from "@/lib/content/status";

// 视听 workflow: draft → published → withdrawn (→ published again). No
// review step: reporters hand a draft to an editor, who publishes it.

export type MediaStatusOutcome = { id: number; status: string; revalidate: string[] };

async function setStatus(actor: Actor, current: MediaState, data: { status: string; publishedAt?: Date }, action: string, ip: string): Promise<MediaStatusOutcome> {
  await db.$transaction(async (tx) => {
    await tx.mediaItem.update({ where: { id: current.id }, data });
    await recordAudit({ userId: actor.id, action, targetType: "media", targetId: current.id, detail: current.title, ip }, tx);
  });
  await syncSearchQuietly(() => syncMediaItemSearch(current.id));
  return { id: current.id, status: data.status, revalidate: publicMediaTags(current.id) };
}

export async function publishMediaItem(actor: Actor | null, id: number, ip = "", now = new Date()): Promise<MediaStatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadMediaState(id);
  if (!canPublishMediaItem(actor, current)) throw forbidden("发布这个视听节目");
  if (current.status === STATUS.published) throw new CommandError("invalid", "节目已经发布");
  if (!current.fileName) throw new CommandError("invalid", "请先上传音视频文件再发布");
  return setStatus(actor, current, { status: STATUS.published, publishedAt: now }, "media.publish", ip);
}

export async function withdrawMediaItem(actor: Actor | null, id: number, ip = ""): Promise<MediaStatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadMediaState(id);
  if (!canPublishMediaItem(actor, current)) throw forbidden("撤下这个视听节目");
  if (current.status !== STATUS.published) throw new CommandError("invalid", `${statusLabel(current.status)}状态的节目不能撤下`);
  return setStatus(actor, current, { status: STATUS.withdrawn }, "media.withdraw", ip);
}

/** Deletes the item and its files. A published item is withdrawn first, so nothing public disappears by accident. */
export async function deleteMediaItem(actor: Actor | null, id: number, ip = ""): Promise<MediaStatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadMediaState(id);
  if (!canPublishMediaItem(actor, current)) throw forbidden("删除这个视听节目");
  if (current.status === STATUS.published) throw new CommandError("invalid", "请先撤下节目再删除");
  await db.$transaction(async (tx) => {
    await tx.mediaItem.delete({ where: { id } });
    await recordAudit({ userId: actor.id, action: "media.delete", targetType: "media", targetId: id, detail: current.title, ip }, tx);
  });
  await Promise.all([removeAvFile(current.fileName), removeAvFile(current.subtitlesFile)]);
  await syncSearchQuietly(() => syncMediaItemSearch(id));
  return { id, status: "deleted", revalidate: publicMediaTags(id) };
}
