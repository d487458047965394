import type { LimitVerdict } from "./submissions/contribution-limit";

// What the readers' forms (在线投稿, 发布招聘) share on the command side:
// one result shape, the honeypot, and the refusals they answer with.

export type IntakeResult =
  | { ok: true; /** null when the honeypot was filled and nothing was stored */ id: number | null }
  | { ok: false; code: "invalid" | "rate-limited"; message: string; fieldErrors: Record<string, string> };

/**
 * Only robots fill the hidden `website` field. They are told it worked
 * (nothing is stored), so they have no reason to try again differently.
 */
export function honeypotAnswer(input: Record<string, unknown>): IntakeResult | null {
  return typeof input.website === "string" && input.website.trim() !== "" ? { ok: true, id: null } : null;
}

export function invalid(message: string, fieldErrors: Record<string, string>): IntakeResult {
  return { ok: false, code: "invalid", message, fieldErrors };
}

export function rateLimited(verdict: Extract<LimitVerdict, { allowed: false }>): IntakeResult {
  return { ok: false, code: "rate-limited", message: verdict.message, fieldErrors: {} };
}
