import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./support";

// A reader's path through the site, at a phone and a desktop width (the two
// Playwright projects): homepage → section → article → 下一篇 → 相关新闻 →
// back up through the breadcrumb.
test("homepage → section → article → 下一篇 → 相关新闻 → breadcrumb", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/黔东南信息港/);
  const channels = page.getByRole("navigation", { name: "频道" });
  for (const name of ["首页", "新闻中心", "黔图汇", "人才网", "视听中心", "专题", "APP"]) {
    await expect(channels.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText("头条", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "热点排行" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "图片新闻" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "专题" })).toBeVisible();
  await expect(page.getByText("新闻热线").first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  // The 县市 block's heading leads to the section.
  await page.getByRole("navigation", { name: "新闻栏目" }).getByRole("link", { name: "县市" }).click();
  await expect(page).toHaveURL(/\/news\/xianshi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("县市");
  await expectNoHorizontalScroll(page);

  // Page 2 exists and has other articles.
  const firstOnPage1 = await page.locator("main li h2 a").first().textContent();
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/\/news\/xianshi\/page\/2$/);
  await expect(page.locator("main li h2 a").first()).not.toHaveText(firstOnPage1 ?? "");

  // Open an article in the middle of the section, so it has both neighbours.
  await page.locator("main li h2 a").nth(3).click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  const crumbs = page.getByRole("navigation", { name: "当前位置" });
  await expect(crumbs.getByRole("link", { name: "县市" })).toBeVisible();
  await expect(page.getByText(/^时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByText(/^责任编辑：/)).toBeVisible();
  await expectNoHorizontalScroll(page);

  // 下一篇 is a newer article in the same section.
  const prevNext = page.getByRole("navigation", { name: "上一篇和下一篇" });
  const nextLink = prevNext.getByRole("link").last();
  const nextTitle = await nextLink.textContent();
  await nextLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle ?? "");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(title ?? "");
  await expect(page.getByRole("navigation", { name: "当前位置" }).getByRole("link", { name: "县市" })).toBeVisible();
  // …and its 上一篇 leads back to where we came from.
  await expect(page.getByRole("navigation", { name: "上一篇和下一篇" }).getByRole("link", { name: title ?? "" })).toBeVisible();

  // 相关新闻 is never empty and never the article itself.
  const current = await page.getByRole("heading", { level: 1 }).textContent();
  const related = page.getByRole("region", { name: "相关新闻" }).getByRole("link");
  expect(await related.count()).toBeGreaterThan(0);
  await expect(related.filter({ hasText: current ?? "" })).toHaveCount(0);
  await related.first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(current ?? "");

  // Back up through the breadcrumb.
  await page.getByRole("navigation", { name: "当前位置" }).getByRole("link", { name: "新闻中心" }).click();
  await expect(page).toHaveURL(/\/news$/);
  await page.getByRole("navigation", { name: "当前位置" }).getByRole("link", { name: "首页" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("收藏 keeps an article on the device and lists it at /favorites", async ({ page }) => {
  await page.goto("/news/shizheng");
  await page.locator("main li h2 a").first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await page.getByRole("button", { name: "收藏" }).click();
  await expect(page.getByRole("button", { name: "已收藏" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/favorites");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText(/^收藏于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  await page.getByRole("button", { name: `取消收藏：${title}` }).click();
  await expect(page.getByText("还没有收藏")).toBeVisible();
});

test("tap targets in the bars are at least 44 px high", async ({ page }) => {
  await page.goto("/");
  for (const nav of ["频道", "新闻栏目"]) {
    const links = page.getByRole("navigation", { name: nav }).getByRole("link");
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box?.height ?? 0, `${nav}: ${await link.textContent()}`).toBeGreaterThanOrEqual(44);
    }
  }
});
