import { clientIp } from "@/lib/auth/client-ip";
import { logCspViolations, receiveCspReport } from "@/lib/security/csp-report";

// Where browsers report what a Content Security Policy refused (report-uri
// and report-to of both policies, lib/security/headers.mjs).
export async function POST(request: Request) {
  const outcome = await receiveCspReport(request, clientIp(request.headers));
  if (!outcome.ok) {
    const headers: Record<string, string> = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
    if (outcome.retryAfterSeconds) headers["Retry-After"] = String(outcome.retryAfterSeconds);
    return new Response(outcome.message, { status: outcome.status, headers });
  }
  await logCspViolations(outcome.violations);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
