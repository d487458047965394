import { expect, test } from "@playwright/test";
import { categoryName } from "../lib/jobs/categories";
import { countyName } from "../lib/jobs/counties";
import { e2eJobs } from "./jobs-info";
import { expectNoHorizontalScroll, expectNoSeriousViolations } from "./support";

test("a job seeker filters by county and category and opens a post", async ({ page }) => {
  const { open } = e2eJobs();
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("人才网");
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);

  await page.getByRole("navigation", { name: "按县市筛选" }).getByRole("link", { name: countyName(open.county), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${open.county}/all$`));
  await expect(page.getByRole("navigation", { name: "按县市筛选" }).getByRole("link", { name: countyName(open.county), exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("navigation", { name: "按类别筛选" }).getByRole("link", { name: categoryName(open.category), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${open.county}/${open.category}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${countyName(open.county)} · ${categoryName(open.category)}招聘`);
  await expectNoHorizontalScroll(page);
  // Everything listed is in that county and category.
  const rows = page.locator("main li").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText(countyName(open.county));
    await expect(row).toContainText(categoryName(open.category));
  }

  await page.getByRole("link", { name: open.position }).first().click();
  await expect(page).toHaveURL(/\/jobs\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(open.position);
  await expect(page.getByText("薪资待遇")).toBeVisible();
  await expect(page.getByText(/元\/月|面议/).first()).toBeVisible();
  await expect(page.getByText("发布日期")).toBeVisible();
  await expect(page.getByText("截止日期")).toBeVisible();
  await expect(page.getByRole("heading", { name: "联系方式" })).toBeVisible();
  await expect(page.getByText("该职位已过期")).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);
});

test("an expired post says so, hides its contact, and is in no list", async ({ page }) => {
  const { expired } = e2eJobs();
  const response = await page.goto(`/jobs/${expired.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expired.position);
  await expect(page.getByText("该职位已过期")).toBeVisible();
  await expect(page.getByRole("heading", { name: "联系方式" })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  for (const list of [`/jobs/${expired.county}/${expired.category}`, `/jobs/${expired.county}/all`, "/jobs"]) {
    await page.goto(list);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(`main a[href="/jobs/${expired.id}"]`), list).toHaveCount(0);
  }
});

test("unknown ids, counties and page numbers are the 404 page; /page/1 and all/all redirect", async ({ page }) => {
  for (const path of ["/jobs/999999999", "/jobs/beijing/all", "/jobs/kaili/nosuch", "/jobs/page/999", "/jobs/kaili/all/page/0"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.goto("/jobs/all/all");
  await expect(page).toHaveURL(/\/jobs$/);
  await page.goto("/jobs/kaili/all/page/1");
  await expect(page).toHaveURL(/\/jobs\/kaili\/all$/);
  await page.goto("/jobs/kaili");
  await expect(page).toHaveURL(/\/jobs\/kaili\/all$/);
});

test("the employer's form is usable on a phone", async ({ page }) => {
  await page.goto("/jobs/post");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("发布招聘");
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("请填写职位名称")).toBeVisible();
  await expect(page.getByLabel("职位名称")).toBeFocused();
});
