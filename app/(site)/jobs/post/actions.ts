"use server";

import { headers } from "next/headers";
import type { FormState } from "@/lib/actions/form-state";
import { pickTextFields, unexpectedFailure } from "@/lib/actions/public-form-data";
import { clientIp } from "@/lib/auth/client-ip";
import { submitJobPost } from "@/lib/newsroom/jobs/submit-job-post";

// Only these are read from the form: anything else it carries (a forged
// status, publishedAt or reviewer) never reaches the command.
const FIELDS = [
  "position",
  "employer",
  "county",
  "category",
  "salaryMin",
  "salaryMax",
  "headcount",
  "requirements",
  "description",
  "contactName",
  "contactPhone",
  "contactEmail",
  "expiresOn",
  "website",
] as const;

const JOB_POST_RECEIVED = "招聘信息已提交，编辑审核通过后将在人才网公开。";

/**
 * 人才网's employer form. Like 在线投稿, the sender is not signed in: every
 * failure becomes a message for the form; unexpected ones are logged with
 * an id, never shown.
 */
export async function submitJobPostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const result = await submitJobPost(pickTextFields(formData, FIELDS), { ip: clientIp(await headers()) });
    if (result.ok) return { status: "ok", message: JOB_POST_RECEIVED };
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  } catch (error) {
    return unexpectedFailure("job-post", error, "提交失败，请稍后重试");
  }
}
