"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { approveJob, rejectJob, saveJob, withdrawJob } from "@/lib/newsroom/jobs/manage-jobs";
import { jobRefSchema, newsroomJobSchema } from "@/lib/validation/job";

export async function saveJobAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, newsroomJobSchema, async (actor, input, { ip }) => ({
    ...(await saveJob(actor, input, { ip })),
    message: input.id === "" ? "招聘信息已发布" : "招聘信息已保存",
  }));
}

export async function approveJobAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, jobRefSchema, async (actor, ref, { ip }) => ({ ...(await approveJob(actor, ref, { ip })), message: "已通过，职位已公开" }));
}

export async function rejectJobAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, jobRefSchema, async (actor, ref, { ip }) => ({ ...(await rejectJob(actor, ref, { ip })), message: "已拒绝" }));
}

export async function withdrawJobAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, jobRefSchema, async (actor, ref, { ip }) => ({ ...(await withdrawJob(actor, ref, { ip })), message: "已撤下" }));
}
