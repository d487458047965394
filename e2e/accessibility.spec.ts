import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

// axe scans of the main kinds of page; serious and critical violations fail.
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const path of ["/", "/news", "/news/xianshi", "/news/fabu/page/2", "/favorites", "/contribute", "/article/does-not-exist", "/search", "/search?q=凯里"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("axe: an article page", async ({ page }) => {
  await page.goto("/news/quanzhou");
  await page.locator("main li h2 a").first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { name: "相关新闻" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
