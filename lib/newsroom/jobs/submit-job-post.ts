import "server-only";
import { db } from "@/lib/db/client";
import { MAX_PUBLIC_JOB_DAYS } from "@/lib/jobs/expiry";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { jobFieldsSchema } from "@/lib/validation/job";
import { checkContributionLimit, recordContribution } from "../submissions/contribution-limit";
import { checkClosingDay } from "./closing-day";

export type JobPostResult =
  | { ok: true; /** null when the honeypot was filled and nothing was stored */ id: number | null }
  | { ok: false; code: "invalid" | "rate-limited"; message: string; fieldErrors: Record<string, string> };

/**
 * An employer's job post from the public form at /jobs/post. It is stored as
 * 待审 (pending) and shown nowhere until an editor approves it. Same rules as
 * 在线投稿: the honeypot answers robots with a pretend success, and each
 * address may send a few per 10 minutes and per day (its own count).
 * Whatever else the form carries (a forged status, publishedAt or
 * reviewer) is dropped by the schema.
 */
export async function submitJobPost(input: Record<string, unknown>, { ip, now = new Date() }: { ip: string; now?: Date }): Promise<JobPostResult> {
  if (typeof input.website === "string" && input.website.trim() !== "") return { ok: true, id: null };

  const parsed = jobFieldsSchema.safeParse(input);
  if (!parsed.success) return invalid("请检查标出的内容", fieldErrorsOf(parsed.error));
  const { expiresOn, ...fields } = parsed.data;
  const closing = checkClosingDay(expiresOn, now, MAX_PUBLIC_JOB_DAYS);
  if (!closing.ok) return invalid(closing.message, { expiresOn: closing.message });

  const verdict = await checkContributionLimit(ip, now.getTime(), db, "job-post");
  if (!verdict.allowed) return { ok: false, code: "rate-limited", message: verdict.message, fieldErrors: {} };

  const created = await db.$transaction(async (tx) => {
    const row = await tx.jobPost.create({
      data: { ...fields, expiresAt: closing.expiresAt, status: "pending", submitterIp: ip },
      select: { id: true },
    });
    await recordContribution(ip, tx, "job-post");
    return row;
  });
  return { ok: true, id: created.id };
}

function invalid(message: string, fieldErrors: Record<string, string>): JobPostResult {
  return { ok: false, code: "invalid", message, fieldErrors };
}
