import { z } from "zod";

// What browsers send to /api/csp-report when a page breaks its Content
// Security Policy: the old `report-uri` form (application/csp-report, one
// report in a "csp-report" object) and the Reporting API's
// (application/reports+json, an array of reports of several types, of which
// only "csp-violation" is ours). Unknown fields are allowed (browsers add
// their own); the fields we keep are short strings or numbers.

const text = z.string().max(4096);
const line = z.number().int().min(0).max(10_000_000);

/** report-uri: { "csp-report": { "document-uri": …, "violated-directive": …, … } } */
export const legacyCspReportSchema = z.object({
  "csp-report": z.object({
    "document-uri": text,
    "effective-directive": text.optional(),
    "violated-directive": text.optional(),
    "blocked-uri": text.optional(),
    "source-file": text.optional(),
    "line-number": line.optional(),
    disposition: text.optional(),
  }),
});

/** report-to: [{ type: "csp-violation", url, body: { documentURL, effectiveDirective, blockedURL, … } }, …] */
const reportingApiEntry = z.object({
  type: text,
  url: text.optional(),
  body: z.record(z.string(), z.unknown()).optional(),
});
export const reportingApiBatchSchema = z.array(reportingApiEntry).min(1, "没有报告").max(50, "报告过多");

export const reportingApiCspBodySchema = z.object({
  documentURL: text,
  effectiveDirective: text,
  blockedURL: text.optional(),
  sourceFile: text.optional(),
  lineNumber: line.optional(),
  disposition: text.optional(),
});
