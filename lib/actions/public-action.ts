import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import type { IntakeResult } from "@/lib/newsroom/public-intake";
import type { FormState } from "./form-state";
import { pickTextFields, unexpectedFailure } from "./public-form-data";

type PublicActionOptions<F extends string> = {
  /** Names the log lines of unexpected failures. */
  scope: string;
  /** The only text fields read from the form (the honeypot `website` among them). */
  fields: readonly F[];
  /** What the reader is told when it worked. */
  received: string;
  /** What the reader is told when something unexpected failed (an error id is added). */
  failed: string;
};

/**
 * The path of the readers' server actions (在线投稿, 发布招聘): nobody is
 * signed in, so the command gets the named text fields and the sender's
 * address, and applies the honeypot and the per-address limit itself.
 * Like runNewsroomAction, every failure becomes a message for the form and
 * unexpected ones are logged with an id, never shown.
 */
export async function runPublicAction<F extends string>(
  formData: FormData,
  { scope, fields, received, failed }: PublicActionOptions<F>,
  command: (fields: Record<string, string>, context: { ip: string }) => Promise<IntakeResult>,
): Promise<FormState> {
  try {
    const result = await command(pickTextFields(formData, fields), { ip: clientIp(await headers()) });
    if (result.ok) return { status: "ok", message: received };
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  } catch (error) {
    return unexpectedFailure(scope, error, failed);
  }
}
