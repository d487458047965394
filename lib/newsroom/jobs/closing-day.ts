import { closingTimeOf } from "@/lib/jobs/expiry";

const DAY_MS = 86_400_000;

/**
 * The closing time of a 截止日期 typed into a form, or a message for the
 * form: it must be a real day, not already over at `now`, and within
 * `maxDays` of it (posts are not left up for ever).
 */
export function checkClosingDay(day: string, now: Date, maxDays: number): { ok: true; expiresAt: Date } | { ok: false; message: string } {
  const expiresAt = closingTimeOf(day);
  if (!expiresAt) return { ok: false, message: "请选择有效的截止日期" };
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, message: "截止日期不能早于今天" };
  if (expiresAt.getTime() > now.getTime() + (maxDays + 1) * DAY_MS) return { ok: false, message: `截止日期不能晚于${maxDays}天以后` };
  return { ok: true, expiresAt };
}
