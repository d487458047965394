import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page, expect } from "@playwright/test";

/** What scripts/e2e-prepare.ts wrote about the test database. */
export type E2eAccount = { username: string; password: string; displayName: string };
export type E2eRole = "reporter" | "editor" | "chief" | "admin";

export function e2eInfo(): { fixtureArticleId: number | null; fullSizePhotoSetId: number; accounts: Record<E2eRole, E2eAccount> } {
  return JSON.parse(readFileSync(path.join(__dirname, "..", ".e2e", "info.json"), "utf8"));
}

/** The page must not scroll sideways: nothing wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "页面出现横向滚动").toBeLessThanOrEqual(0);
}

/** The saved sign-in state of one newsroom role (written by e2e/auth.setup.ts). */
export function authState(role: E2eRole): string {
  return path.join(__dirname, "..", ".e2e", "auth", `${role}.json`);
}

/** axe scan of the page as it is: serious and critical violations fail. */
export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
}
