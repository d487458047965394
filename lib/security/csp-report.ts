import "server-only";
import { appendFile } from "node:fs/promises";
import { env } from "@/lib/env";
import { readCapped } from "@/lib/http/read-capped";
import { recordInWindow, windowWaitSeconds } from "@/lib/http/address-window";
import { legacyCspReportSchema, reportingApiBatchSchema, reportingApiCspBodySchema } from "@/lib/validation/csp-report";

// /api/csp-report: browsers report here what the Content Security Policies
// refused (both policies name it in report-uri and report-to). A report is
// a hint, written by whoever can run a browser: it is read with a size cap,
// counted per address, reduced to a few short fields and logged as one line,
// never stored in the database.

export const MAX_REPORT_BYTES = 16 * 1024;
const WINDOW_MS = 60_000;

/** What one refusal amounts to, in short fields safe to print. */
export type CspViolation = { directive: string; blocked: string; page: string; source: string };

export type CspReportOutcome =
  | { ok: true; violations: CspViolation[] }
  | { ok: false; status: 400 | 413 | 415 | 429; message: string; retryAfterSeconds?: number };

const LEGACY_TYPE = /^application\/csp-report\s*(;|$)/i;
const REPORTING_TYPE = /^application\/reports\+json\s*(;|$)/i;

/** Reads, limits and checks one report request from `address`. */
export async function receiveCspReport(request: Request, address: string): Promise<CspReportOutcome> {
  const key = `csp-report:${address || "unknown"}`;
  const wait = await windowWaitSeconds(key, env.CSP_REPORT_LIMIT_PER_MIN, WINDOW_MS);
  if (wait > 0) return { ok: false, status: 429, message: `报告过于频繁，请在 ${wait} 秒后再试`, retryAfterSeconds: wait };
  await recordInWindow(key);

  const type = request.headers.get("content-type") ?? "";
  const legacy = LEGACY_TYPE.test(type);
  if (!legacy && !REPORTING_TYPE.test(type)) return { ok: false, status: 415, message: "报告格式应为 application/csp-report 或 application/reports+json" };
  const tooLarge = { ok: false, status: 413, message: "报告过大（最多 16 KB）" } as const;
  if (Number(request.headers.get("content-length") ?? "0") > MAX_REPORT_BYTES) return tooLarge;
  const bytes = await readCapped(request.body, MAX_REPORT_BYTES);
  if (!bytes) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    return { ok: false, status: 400, message: "报告不是有效的 JSON" };
  }
  const violations = legacy ? fromLegacy(json) : fromReportingApi(json);
  return violations ? { ok: true, violations } : { ok: false, status: 400, message: "报告内容不符合 CSP 报告格式" };
}

function fromLegacy(json: unknown): CspViolation[] | null {
  const parsed = legacyCspReportSchema.safeParse(json);
  if (!parsed.success) return null;
  const r = parsed.data["csp-report"];
  return [violation(r["effective-directive"] ?? r["violated-directive"] ?? "", r["blocked-uri"] ?? "", r["document-uri"], r["source-file"], r["line-number"])];
}

function fromReportingApi(json: unknown): CspViolation[] | null {
  const parsed = reportingApiBatchSchema.safeParse(json);
  if (!parsed.success) return null;
  const out: CspViolation[] = [];
  for (const entry of parsed.data) {
    // The same endpoint may receive other report types (deprecations…): not ours to log.
    if (entry.type !== "csp-violation") continue;
    const body = reportingApiCspBodySchema.safeParse(entry.body);
    if (!body.success) return null;
    const b = body.data;
    out.push(violation(b.effectiveDirective, b.blockedURL ?? "", b.documentURL, b.sourceFile, b.lineNumber));
  }
  return out;
}

function violation(directive: string, blocked: string, page: string, sourceFile?: string, lineNumber?: number): CspViolation {
  return {
    directive: clean(directive, 40),
    blocked: clean(shortUrl(blocked), 120),
    page: clean(shortUrl(page), 120),
    source: sourceFile ? clean(`${shortUrl(sourceFile)}${lineNumber ? `:${lineNumber}` : ""}`, 140) : "",
  };
}

/** Origin and path only: a query string may carry someone's token. Keywords (inline, eval) stay. */
function shortUrl(value: string): string {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? `${url.origin}${url.pathname}` : `${url.protocol}`;
  } catch {
    return value;
  }
}

/** No control characters (a forged report must not write extra log lines), and a length cap. */
function clean(value: string, max: number): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?").slice(0, max);
}

/** One compact line per refusal; with CSP_REPORT_LOG set (the browser tests), one JSON line per refusal in that file too. */
export async function logCspViolations(violations: CspViolation[]) {
  for (const v of violations) console.warn(`[csp] ${v.directive} blocked=${v.blocked || "-"} page=${v.page || "-"}${v.source ? ` at=${v.source}` : ""}`);
  if (env.CSP_REPORT_LOG && violations.length) {
    await appendFile(env.CSP_REPORT_LOG, violations.map((v) => `${JSON.stringify({ at: new Date().toISOString(), ...v })}\n`).join(""));
  }
}
