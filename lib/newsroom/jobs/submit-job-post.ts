import "server-only";
import { db } from "@/lib/db/client";
import { serializableTransaction } from "@/lib/db/serializable";
import { MAX_PUBLIC_JOB_DAYS } from "@/lib/jobs/expiry";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { jobFieldsSchema } from "@/lib/validation/job";
import { honeypotAnswer, invalid, rateLimited, type IntakeResult } from "../public-intake";
import { checkContributionLimit, recordContribution } from "../submissions/contribution-limit";
import { checkClosingDay } from "./closing-day";
import { STATUS } from "@/lib/content/status";

export type JobPostResult = IntakeResult;

/**
 * An employer's job post from the public form at /jobs/post. It is stored as
 * 待审 (pending) and shown nowhere until an editor approves it. Same rules as
 * 在线投稿: the honeypot answers robots with a pretend success, and each
 * address may send a few per 10 minutes and per day (its own count).
 * Whatever else the form carries (a forged status, publishedAt or
 * reviewer) is dropped by the schema.
 */
export async function submitJobPost(input: Record<string, unknown>, { ip, now = new Date() }: { ip: string; now?: Date }): Promise<JobPostResult> {
  const robot = honeypotAnswer(input);
  if (robot) return robot;

  const parsed = jobFieldsSchema.safeParse(input);
  if (!parsed.success) return invalid("请检查标出的内容", fieldErrorsOf(parsed.error));
  const { expiresOn, ...fields } = parsed.data;
  const closing = checkClosingDay(expiresOn, now, MAX_PUBLIC_JOB_DAYS);
  if (!closing.ok) return invalid(closing.message, { expiresOn: closing.message });

  const verdict = await checkContributionLimit(ip, now.getTime(), db, "job-post");
  if (!verdict.allowed) return rateLimited(verdict);

  // Checked again where the submission is written, at SERIALIZABLE: of many
  // sent at once from one address, only as many as the limit allows get in.
  const created = await serializableTransaction(async (tx) => {
    const final = await checkContributionLimit(ip, now.getTime(), tx, "job-post");
    if (!final.allowed) return final;
    const row = await tx.jobPost.create({
      data: { ...fields, expiresAt: closing.expiresAt, status: STATUS.pending, submitterIp: ip },
      select: { id: true },
    });
    await recordContribution(ip, tx, "job-post");
    return row;
  });
  if ("allowed" in created) return { ok: false, code: "rate-limited", message: created.message, fieldErrors: {} };
  return { ok: true, id: created.id };
}
