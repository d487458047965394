"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { publishPhotoSet, withdrawPhotoSet } from "@/lib/newsroom/photos/change-photo-set-status";
import { savePhotoSet } from "@/lib/newsroom/photos/save-photo-set";
import { photoSetFormSchema, photoSetRefSchema } from "@/lib/validation/photo-set";

// 黔图汇's server actions: each through runNewsroomAction into a command that
// checks the caller's permission itself.

export async function savePhotoSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, photoSetFormSchema, async (actor, input) => ({
    ...(await savePhotoSet(actor, input)),
    message: input.id ? "图集已保存" : "已创建图集草稿",
  }));
}

export async function publishPhotoSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, photoSetRefSchema, async (actor, ref) => ({ ...(await publishPhotoSet(actor, ref)), message: "图集已发布" }));
}

export async function withdrawPhotoSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, photoSetRefSchema, async (actor, ref) => ({ ...(await withdrawPhotoSet(actor, ref)), message: "图集已撤下" }));
}
