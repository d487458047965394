import "server-only";
import { canPublishPhotoSet } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { syncPhotoSetSearch, syncSearchQuietly } from "@/lib/search/sync-search";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { statusLabel } from "../status-labels";
import { loadPhotoSetState, PHOTO_SET_AUDIT_TYPE, publicPhotoSetTags } from "./load-photo-set";
import { STATUS } from "@/lib/content/status";

// A set is a draft, published, or withdrawn; editors publish in their
// sections, chief editors and admins anywhere.

export type PhotoSetStatusOutcome = { id: number; status: string; revalidate: string[] };

export async function publishPhotoSet(actor: Actor | null, ref: { id: number }, now = new Date()): Promise<PhotoSetStatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadPhotoSetState(ref.id);
  if (!canPublishPhotoSet(actor, current)) throw forbidden("发布这个图集");
  if (current.status === STATUS.published) throw new CommandError("invalid", "图集已经发布");
  if (current.photoCount === 0) throw new CommandError("invalid", "请先上传图片再发布");
  return transition(actor, current, { status: STATUS.published, publishedAt: now, editorId: actor.id }, "photoset.publish");
}

export async function withdrawPhotoSet(actor: Actor | null, ref: { id: number }): Promise<PhotoSetStatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadPhotoSetState(ref.id);
  if (!canPublishPhotoSet(actor, current)) throw forbidden("撤下这个图集");
  if (current.status !== STATUS.published) throw new CommandError("invalid", `${statusLabel(current.status)}状态的图集不能撤下`);
  return transition(actor, current, { status: STATUS.withdrawn }, "photoset.withdraw");
}

async function transition(
  actor: Actor,
  current: { id: number; title: string; status: string },
  data: { status: string; publishedAt?: Date; editorId?: number },
  action: string,
): Promise<PhotoSetStatusOutcome> {
  const changed = await db.$transaction(async (tx) => {
    // Conditional on the status read above: of two editors pressing at once, one wins.
    const result = await tx.photoSet.updateMany({ where: { id: current.id, status: current.status }, data });
    if (result.count === 0) return false;
    await recordAudit({ userId: actor.id, action, targetType: PHOTO_SET_AUDIT_TYPE, targetId: current.id, detail: current.title }, tx);
    return true;
  });
  if (!changed) throw new CommandError("conflict", "图集已被他人修改，请刷新页面后重试");
  await syncSearchQuietly(() => syncPhotoSetSearch(current.id));
  return { id: current.id, status: data.status, revalidate: publicPhotoSetTags(current.id) };
}
