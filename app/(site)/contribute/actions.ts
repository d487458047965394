"use server";

import { headers } from "next/headers";
import type { FormState } from "@/lib/actions/form-state";
import { pickTextFields, unexpectedFailure } from "@/lib/actions/public-form-data";
import { clientIp } from "@/lib/auth/client-ip";
import { submitContribution } from "@/lib/newsroom/submissions/submit-contribution";

const FIELDS = ["name", "contact", "title", "body", "website"] as const;

// Only async functions may be exported from a "use server" file.
const CONTRIBUTION_RECEIVED = "投稿已收到，感谢您的来稿！编辑审阅后可能与您联系。";

/**
 * 在线投稿. Readers are not signed in, so this does not go through
 * runNewsroomAction; like it, every failure becomes a message for the form
 * and unexpected ones are logged with an id, never shown.
 */
export async function submitContributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const fields = pickTextFields(formData, FIELDS);
    const files = formData.getAll("images").filter((v): v is File => typeof v !== "string");
    const ip = clientIp(await headers());
    const result = await submitContribution(fields, { ip, files });
    if (result.ok) return { status: "ok", message: CONTRIBUTION_RECEIVED };
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  } catch (error) {
    return unexpectedFailure("contribute", error, "投稿提交失败，请稍后重试");
  }
}
