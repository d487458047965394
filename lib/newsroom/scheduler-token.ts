import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// The in-process scheduler calls the publish-due endpoint over HTTP (so that
// cache revalidation runs inside a request, where Next supports it). The
// endpoint only answers callers that know this token, derived from the
// session secret so there is nothing more to configure.
export function schedulerToken(): string | null {
  const secret = process.env.SCHEDULER_SECRET || process.env.NEXTAUTH_SECRET;
  return secret ? createHmac("sha256", secret).update("publish-due").digest("base64url") : null;
}

export function isSchedulerRequest(request: Request): boolean {
  const expected = schedulerToken();
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
