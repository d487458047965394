import { expect, test } from "@playwright/test";
import { e2eInfo, expectNoHorizontalScroll } from "./support";

// A reader searches from the header: highlighted results, a section filter,
// page numbers, and the Chinese empty and no-result states.
test("search from the header, filter by section, page through", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("search").first().getByRole("searchbox", { name: "搜索关键词" });
  await box.fill("凯里");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E5%87%AF%E9%87%8C$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索：凯里");
  await expect(page.getByRole("status").filter({ hasText: "条结果" })).toContainText(/找到 \d+ 条结果/);
  const results = page.getByRole("list", { name: "搜索结果" });
  await expect(results.locator("mark").first()).toHaveText("凯里");
  await expect(page).toHaveTitle(/凯里 - 搜索/);
  await expectNoHorizontalScroll(page);

  // Page 2 shows other results.
  const firstTitle = await results.locator("h2 a").first().innerText();
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("status").filter({ hasText: "条结果" })).toContainText(/第 2 \/ \d+ 页/);
  await expect(results.locator("h2 a").first()).not.toHaveText(firstTitle);
  await expect(results.locator("mark").first()).toBeVisible();

  // Only 县市 results once the filter is on, from page 1 again.
  await page.getByRole("navigation", { name: "按栏目筛选" }).getByRole("link", { name: "县市" }).click();
  await expect(page).toHaveURL(/section=xianshi$/);
  await expect(page.getByRole("status").filter({ hasText: "条结果" })).toContainText("在“县市”栏目中找到");
  const metas = await results.locator("li > p:last-child").allInnerTexts();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toMatch(/^县市/);
});

test("empty and no-result states", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("请输入关键词")).toBeVisible();
  await page.getByRole("region", { name: "试试这些" }).getByRole("link", { name: "雷山" }).click();
  await expect(page).toHaveURL(/q=%E9%9B%B7%E5%B1%B1/);
  await expect(page.getByRole("list", { name: "搜索结果" }).locator("mark").first()).toHaveText("雷山");

  const box = page.locator("#search-page-q");
  await box.fill("量子计算机火星基地");
  await box.press("Enter");
  await expect(page.getByText("没有找到与“量子计算机火星基地”相关的内容。")).toBeVisible();
  await expect(page.getByRole("region", { name: "热门搜索" }).getByRole("link").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the original article is found by its own words", async ({ page }) => {
  const { fixtureArticleId } = e2eInfo();
  test.skip(fixtureArticleId === null, "共享目录中没有原站文章页样本");
  for (const q of ["警务室", "大走访"]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("list", { name: "搜索结果" }).locator("h2 a").first()).toHaveAttribute("href", `/article/${fixtureArticleId}`);
  }
});
