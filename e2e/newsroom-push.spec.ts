import { expect, type Page, test } from "@playwright/test";
import { authState } from "./support";

// The 推送 switch of the publish form: there for an editor of the section
// (and 已推送 with the time once published with it), absent for a reporter,
// who cannot publish. The server re-checks: lib/push/send-article-push.test.ts.

async function createDraft(page: Page, title: string, section?: string) {
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  if (section) await page.getByLabel("栏目").selectOption({ label: section });
  await page.locator(".ProseMirror").click();
  await page.keyboard.type("凯里城区今晨发布暴雨橙色预警。");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  return page.getByRole("region", { name: "审核与发布" });
}

test.describe("as an editor", () => {
  test.use({ storageState: authState("editor") });

  test("publishes with 推送 and sees when it was pushed", async ({ page }) => {
    const panel = await createDraft(page, `暴雨预警推送${Date.now().toString(36)}`, "县市");
    const toggle = panel.getByRole("switch", { name: "推送" });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await panel.getByRole("button", { name: "发布" }).click();
    await expect(page.getByText("已推送", { exact: false }).first()).toBeVisible();
    await expect(page.locator("dd", { hasText: "已推送" }).locator("time")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect(panel.getByRole("button", { name: "推送给订阅读者" })).toHaveCount(0);
  });

  test("can push a published article that went out without it, once", async ({ page }) => {
    const panel = await createDraft(page, `补发推送${Date.now().toString(36)}`, "县市");
    await panel.getByRole("button", { name: "发布" }).click();
    // The sidebar's record (the article's 数据 block says it too).
    const record = page.getByRole("complementary");
    await expect(record.locator("dd", { hasText: "未推送" })).toBeVisible();
    page.once("dialog", (dialog) => dialog.accept());
    await panel.getByRole("button", { name: "推送给订阅读者" }).click();
    await expect(record.locator("dd", { hasText: "已推送" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "推送给订阅读者" })).toHaveCount(0);
  });
});

test.describe("as a reporter", () => {
  test.use({ storageState: authState("reporter") });

  test("has no 推送 switch (and no publishing)", async ({ page }) => {
    const panel = await createDraft(page, `记者稿件${Date.now().toString(36)}`);
    await expect(panel.getByRole("button", { name: "提交审核" })).toBeVisible();
    await expect(panel.getByRole("switch", { name: "推送" })).toHaveCount(0);
    await expect(page.getByText("推送", { exact: true })).toHaveCount(0);
  });
});
