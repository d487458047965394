import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";
import { PUBLIC_CSP, REPORTING_ENDPOINTS, newsroomCsp, publicCsp } from "@/lib/security/headers.mjs";

// /api/csp-report through its real route handler, with real requests: both
// report formats accepted and logged as one short line each, everything else
// refused in Chinese, bodies capped, and each address limited per minute.
const logFile = vi.hoisted(() => {
  const file = `${process.env.TEST_DATA_DIR}/csp-reports-${Date.now()}.jsonl`;
  process.env.CSP_REPORT_LOG = file;
  return file;
});
const { POST } = await import("@/app/api/csp-report/route");

let n = 0;
const freshAddress = () => `203.0.113.${(Date.now() + n++) % 250}`;

function report(body: string | Uint8Array<ArrayBuffer>, type: string, address = freshAddress()) {
  return POST(new Request("http://localhost/api/csp-report", { method: "POST", body, headers: { "content-type": type, [CLIENT_ADDRESS_HEADER]: address } }));
}

const legacy = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    "csp-report": {
      "document-uri": "http://localhost/article/3?token=secret",
      "violated-directive": "script-src-elem",
      "effective-directive": "script-src-elem",
      "blocked-uri": "https://evil.example/steal.js?c=1",
      "source-file": "http://localhost/_next/static/chunks/a.js",
      "line-number": 12,
      ...extra,
    },
  });

const reportingApi = (body: Record<string, unknown> = {}) =>
  JSON.stringify([
    { type: "deprecation", url: "http://localhost/", body: { id: "x" } },
    {
      type: "csp-violation",
      age: 10,
      url: "http://localhost/newsroom",
      user_agent: "Chromium",
      body: { documentURL: "http://localhost/newsroom", effectiveDirective: "script-src-attr", blockedURL: "inline", disposition: "enforce", ...body },
    },
  ]);

const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
afterAll(() => warnings.mockRestore());

describe("the CSP report endpoint", () => {
  it("both policies name it in report-uri and report-to, and Reporting-Endpoints names the report-to group", () => {
    for (const csp of [PUBLIC_CSP, newsroomCsp("abc")]) {
      expect(csp).toContain("report-uri /api/csp-report");
      expect(csp).toContain("report-to csp");
    }
    expect(REPORTING_ENDPOINTS).toBe('csp="/api/csp-report"');
    // CSP_REPORT_TO=off (the browser tests) keeps report-uri only.
    for (const csp of [publicCsp({ reportTo: false }), newsroomCsp("abc", { reportTo: false })]) {
      expect(csp).toContain("report-uri /api/csp-report");
      expect(csp).not.toContain("report-to");
    }
  });

  it("takes report-uri's application/csp-report and the Reporting API's application/reports+json, logging one short line per refusal", async () => {
    warnings.mockClear();
    expect((await report(legacy(), "application/csp-report")).status).toBe(204);
    expect((await report(reportingApi(), "application/reports+json")).status).toBe(204);
    const lines = warnings.mock.calls.map((c) => String(c[0]));
    // Query strings (which may carry tokens) are dropped; the deprecation report is not ours.
    expect(lines).toEqual([
      "[csp] script-src-elem blocked=https://evil.example/steal.js page=http://localhost/article/3 at=http://localhost/_next/static/chunks/a.js:12",
      "[csp] script-src-attr blocked=inline page=http://localhost/newsroom",
    ]);
    const written = readFileSync(logFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, string>);
    expect(written.map((w) => w.directive)).toEqual(["script-src-elem", "script-src-attr"]);
  });

  it("a forged report cannot write extra log lines", async () => {
    warnings.mockClear();
    expect((await report(legacy({ "blocked-uri": "inline\n[csp] fake line\r\u2028x" }), "application/csp-report")).status).toBe(204);
    const line = String(warnings.mock.calls[0][0]);
    expect(line).not.toMatch(/[\n\r\u2028]/);
    expect(line).toContain("blocked=inline?[csp] fake line??x");
  });

  it("refuses what is not a CSP report, in Chinese", async () => {
    const cases: [string | Uint8Array<ArrayBuffer>, string, number, string][] = [
      [legacy(), "application/json", 415, "报告格式应为 application/csp-report 或 application/reports+json"],
      [legacy(), "text/plain", 415, "报告格式应为"],
      ["{", "application/csp-report", 400, "报告不是有效的 JSON"],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "application/csp-report", 400, "报告不是有效的 JSON"],
      ['{"csp-report": {"blocked-uri": 5}}', "application/csp-report", 400, "报告内容不符合 CSP 报告格式"],
      ["[]", "application/reports+json", 400, "报告内容不符合 CSP 报告格式"],
      [reportingApi({ documentURL: 42 }), "application/reports+json", 400, "报告内容不符合 CSP 报告格式"],
      [legacy(), "application/reports+json", 400, "报告内容不符合 CSP 报告格式"],
      [JSON.stringify(Array.from({ length: 51 }, () => JSON.parse(reportingApi())[1])), "application/reports+json", 400, "报告内容不符合"],
    ];
    for (const [body, type, status, message] of cases) {
      const response = await report(body, type);
      expect(response.status, `${type} ${String(body).slice(0, 40)}`).toBe(status);
      expect(await response.text()).toContain(message);
    }
  });

  it("caps the body at 16 KB with a 413", async () => {
    const padded = legacy({ "script-sample": "x".repeat(16 * 1024) });
    const response = await report(padded, "application/csp-report");
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("报告过大（最多 16 KB）");
    // Just under the cap is read.
    const fits = legacy({ "script-sample": "x".repeat(15 * 1024) });
    expect((await report(fits, "application/csp-report")).status).toBe(204);
  });

  it("allows 30 reports a minute per address, then answers 429 with Retry-After; another address is not held back", async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await report(legacy(), "application/csp-report", address)).status);
    expect(statuses.slice(0, 30).every((s) => s === 204)).toBe(true);
    const refused = await report(legacy(), "application/csp-report", address);
    expect(statuses[30]).toBe(429);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^报告过于频繁，请在 \d+ 秒后再试$/);
    expect((await report(legacy(), "application/csp-report", `${address}1`)).status).toBe(204);
  });
});

