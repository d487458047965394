"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runPublicAction } from "@/lib/actions/public-action";
import { submitContribution } from "@/lib/newsroom/submissions/submit-contribution";

const FIELDS = ["name", "contact", "title", "body", "website"] as const;

// Only async functions may be exported from a "use server" file.
const CONTRIBUTION_RECEIVED = "投稿已收到，感谢您的来稿！编辑审阅后可能与您联系。";

/** 在线投稿, through the readers' action path (runPublicAction). */
export async function submitContributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const files = formData.getAll("images").filter((v): v is File => typeof v !== "string");
  return runPublicAction(
    formData,
    { scope: "contribute", fields: FIELDS, received: CONTRIBUTION_RECEIVED, failed: "投稿提交失败，请稍后重试" },
    (fields, { ip }) => submitContribution(fields, { ip, files }),
  );
}
