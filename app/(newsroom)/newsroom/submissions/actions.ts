"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { convertSubmissionToDraft, rejectSubmission } from "@/lib/newsroom/submissions/convert-submission";
import { submissionRefSchema } from "@/lib/validation/submission";

// The draft is not public yet, so nothing needs revalidating.

export async function convertSubmissionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, submissionRefSchema, async (actor, ref) => ({
    ...(await convertSubmissionToDraft(actor, ref)),
    message: "已转为草稿",
  }));
}

export async function rejectSubmissionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, submissionRefSchema, async (actor, ref) => {
    await rejectSubmission(actor, ref);
    return { message: "已标记为不采用" };
  });
}
