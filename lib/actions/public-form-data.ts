import { randomUUID } from "node:crypto";
import type { FormState } from "./form-state";

// Shared by the readers' server actions (在线投稿, 发布招聘), which are not
// signed in and so do not go through runNewsroomAction.

/**
 * Only the named text fields: anything else a forged form carries never
 * reaches the command.
 */
export function pickTextFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of names) {
    const value = formData.get(key);
    if (typeof value === "string") fields[key] = value;
  }
  return fields;
}

/** An unexpected failure: logged with an id, and only the id is shown. */
export function unexpectedFailure(scope: string, error: unknown, message: string): FormState {
  const id = randomUUID().slice(0, 8);
  console.error(`[${scope} ${id}]`, error);
  return { status: "error", message: `${message}（错误编号 ${id}）`, fieldErrors: {} };
}
