import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// axe scans of the main kinds of page; serious and critical violations fail.
for (const path of ["/", "/news", "/news/xianshi", "/news/fabu/page/2", "/favorites", "/article/does-not-exist"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

test("axe: an article page", async ({ page }) => {
  await page.goto("/news/quanzhou");
  await page.locator("main h3 a").first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
