import { expect, test } from "@playwright/test";
import { authState } from "./support";

// 更正 in the open: a chief editor corrects a published article in the
// newsroom; the correction is under the title, in the JSON-LD and on
// /corrections at the next request, without a rebuild.
test.use({ storageState: authState("chief") });

test("a correction published in the newsroom is under the title, in the JSON-LD and on /corrections", async ({ page }) => {
  await page.goto("/news/zonghe");
  const href = (await page.locator("main a[href^='/article/']").first().getAttribute("href"))!;
  const id = href.split("/").pop();
  const wrong = `原稿数字${Date.now().toString(36)}`;

  await page.goto(`/newsroom/articles/${id}`);
  const panel = page.getByRole("region", { name: "更正" });
  await panel.getByLabel("原稿有误的内容").fill(wrong);
  await panel.getByLabel("更正为").fill("正确的数字");
  await panel.getByRole("button", { name: "发布更正" }).click();
  await expect(panel.getByRole("status")).toHaveText("已发布更正");
  await expect(panel.getByRole("listitem").filter({ hasText: wrong })).toBeVisible();

  await page.goto(href);
  const notice = page.getByRole("region", { name: "更正" });
  await expect(notice).toContainText(`本文原稿中“${wrong}”有误，应为“正确的数字”。`);
  await expect(notice.locator("time")).toHaveAttribute("datetime", /\+08:00$/);
  await expect(page.locator("header").getByText("最后更新")).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld.correction).toEqual([expect.objectContaining({ "@type": "CorrectionComment", text: expect.stringContaining(wrong) })]);
  expect(ld.dateModified).toBe(ld.correction.at(-1).datePublished);

  await page.goto("/corrections");
  const entry = page.getByRole("listitem").filter({ hasText: wrong });
  await expect(entry).toBeVisible();
  await entry.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("an empty correction is refused with a message, and nothing is published", async ({ page }) => {
  await page.goto("/news/zonghe");
  const href = (await page.locator("main a[href^='/article/']").nth(1).getAttribute("href"))!;
  await page.goto(`/newsroom/articles/${href.split("/").pop()}`);
  const panel = page.getByRole("region", { name: "更正" });
  const before = await panel.getByRole("listitem").count();
  await panel.getByLabel("原稿有误的内容").fill("   ");
  await panel.getByLabel("更正为").fill("对的");
  await panel.getByRole("button", { name: "发布更正" }).click();
  await expect(panel.getByText("请填写原稿有误的内容")).toBeVisible();
  await expect(panel.getByRole("listitem")).toHaveCount(before);
});
