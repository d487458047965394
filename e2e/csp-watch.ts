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
