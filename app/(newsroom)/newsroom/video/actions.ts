"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { removeSubtitles } from "@/lib/newsroom/media/attach-media-files";
import { deleteMediaItem, publishMediaItem, withdrawMediaItem } from "@/lib/newsroom/media/change-media-status";
import { saveMediaItem } from "@/lib/newsroom/media/save-media-item";
import { mediaItemFormSchema, mediaRefSchema } from "@/lib/validation/media-item";

// 视听 server actions: each through runNewsroomAction into a command that
// checks the caller's permission itself. The files themselves are uploaded
// to the route handlers under /newsroom/api/media-items/<id>/.

export async function saveMediaItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, mediaItemFormSchema, async (actor, input, { ip }) => ({
    ...(await saveMediaItem(actor, input, ip)),
    message: input.id ? "已保存" : "已创建，请上传音视频文件",
  }));
}

export async function publishMediaItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, mediaRefSchema, async (actor, { id }, { ip }) => ({ ...(await publishMediaItem(actor, id, ip)), message: "已发布" }));
}

export async function withdrawMediaItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, mediaRefSchema, async (actor, { id }, { ip }) => ({ ...(await withdrawMediaItem(actor, id, ip)), message: "已撤下" }));
}

/** The item's page is gone afterwards: back to the list. */
export async function deleteMediaItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runNewsroomAction(formData, mediaRefSchema, async (actor, { id }, { ip }) => ({ ...(await deleteMediaItem(actor, id, ip)), message: "已删除" }));
  if (state.status === "ok") redirect("/newsroom/video");
  return state;
}

export async function removeSubtitlesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, mediaRefSchema, async (actor, { id }, { ip }) => ({ ...(await removeSubtitles(actor, id, ip)), message: "字幕已删除" }));
}
