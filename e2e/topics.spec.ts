import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, expectNoSeriousViolations } from "./support";

// 专题: from the directory to a topic, through its groups to an article, and
// back by the article's 本文所属专题 link.
test("a reader goes from /topics through a topic to an article and back", async ({ page }) => {
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("专题");
  const ongoing = page.getByRole("region", { name: "进行中" });
  const closed = page.getByRole("region", { name: "已结束" });
  await expect(ongoing.getByRole("heading", { name: /欢度苗年/ })).toBeVisible();
  await expect(closed.getByRole("heading", { name: /平安黔东南/ })).toBeVisible();
  await expect(ongoing.getByText(/^共 \d+ 篇$/).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);

  await ongoing.getByRole("link", { name: /欢度苗年/ }).click();
  await expect(page).toHaveURL(/\/topics\/miaonian$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("欢度苗年");
  await expect(page.getByRole("heading", { level: 1 }).getByText("进行中")).toBeVisible();
  await expect(page.getByText("苗年是苗族人民最隆重的传统节日", { exact: false })).toBeVisible();
  const group = page.getByRole("region", { name: "节日现场" });
  await expect(group).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);

  const first = group.getByRole("heading", { level: 3 }).first().getByRole("link");
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("本文所属专题：")).toBeVisible();
  await page.getByRole("link", { name: "欢度苗年" }).click();
  await expect(page).toHaveURL(/\/topics\/miaonian$/);
});

test("unknown topics are the 404 page", async ({ page }) => {
  const response = await page.goto("/topics/no-such-topic");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});
