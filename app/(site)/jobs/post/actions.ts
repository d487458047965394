"use server";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import type { FormState } from "@/lib/actions/form-state";
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
    const fields: Record<string, string> = {};
    for (const key of FIELDS) {
      const value = formData.get(key);
      if (typeof value === "string") fields[key] = value;
    }
    const result = await submitJobPost(fields, { ip: clientIp(await headers()) });
    if (result.ok) return { status: "ok", message: JOB_POST_RECEIVED };
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  } catch (error) {
    const id = randomUUID().slice(0, 8);
    console.error(`[job-post ${id}]`, error);
    return { status: "error", message: `提交失败，请稍后重试（错误编号 ${id}）`, fieldErrors: {} };
  }
}
