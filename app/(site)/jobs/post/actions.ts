"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runPublicAction } from "@/lib/actions/public-action";
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

/** 人才网's employer form, through the readers' action path (runPublicAction). */
export async function submitJobPostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(
    formData,
    { scope: "job-post", fields: FIELDS, received: JOB_POST_RECEIVED, failed: "提交失败，请稍后重试" },
    (fields, { ip }) => submitJobPost(fields, { ip }),
  );
}
