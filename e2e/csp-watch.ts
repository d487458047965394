import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// Collects every Content Security Policy violation a page reports, both from
// the console (where Chromium logs each refusal) and from the DOM's
// `securitypolicyviolation` events, so a test can fail on any of them.
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener("securitypolicyviolation", (e) => store.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => {
    const fromPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
    return [...seen, ...fromPage];
  };
}

export async function expectNoCspViolations(page: Page, violations: () => Promise<string[]>, where: string) {
  expect(await violations(), `${where} 违反了 CSP`).toEqual([]);
}

// What reached /api/csp-report: the e2e server (scripts/e2e-server.mjs) has
// the endpoint append each reported refusal to this file as a JSON line.
const REPORT_FILE = path.join(__dirname, "..", ".e2e", "csp-reports.jsonl");

function reportLines(): string[] {
  return existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, "utf8").split("\n").filter(Boolean) : [];
}

/**
 * Starts watching the report endpoint. The returned check plants one known
 * refusal (a picture from a host no policy allows) on the page, waits until
 * its report has arrived — so every report the walk caused before it has
 * arrived too, browsers deliver them in order — and fails if anything else
 * was reported meanwhile.
 */
export function watchCspReports(): (page: Page, where: string) => Promise<void> {
  const start = reportLines().length;
  return async (page, where) => {
    const marker = `https://csp-probe-${Date.now().toString(36)}.invalid/probe.png`;
    await page.evaluate((src) => {
      const img = document.createElement("img");
      img.src = src;
      document.body.append(img);
    }, marker);
    const since = () => reportLines().slice(start);
    await expect.poll(() => since().some((l) => l.includes(marker)), { message: "CSP 报告没有送到 /api/csp-report", timeout: 30_000 }).toBe(true);
    const others = since().filter((l) => !l.includes("csp-probe-"));
    expect(others, `${where}：/api/csp-report 收到了违反 CSP 的报告`).toEqual([]);
  };
}
