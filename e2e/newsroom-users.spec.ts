import { expect, test } from "@playwright/test";
import { authState } from "./support";

// 账号管理: an admin creates an account through the page; to every other
// role the page does not exist. (Signing in with the new account is left out:
// newsroom-sign-in-limit.spec.ts runs first and slows sign-ins from this
// address.)
test.use({ storageState: authState("admin") });

test("an admin creates a reporter account and sees it in the list", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const username = `e2e-new-${suffix}`;
  const displayName = `潘通讯员${suffix.slice(-4)}`;
  await page.goto("/newsroom/users");
  await expect(page.getByRole("heading", { level: 1, name: /^账号管理/ })).toBeVisible();

  const form = page.getByRole("form", { name: "新建账号" });
  await form.getByLabel("用户名", { exact: true }).fill(username);
  await form.getByLabel("姓名", { exact: true }).fill(displayName);
  await form.getByLabel("角色", { exact: true }).selectOption({ label: "记者/通讯员" });
  await form.getByLabel("初始密码", { exact: true }).fill(`Kaili${suffix}9x`);
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByRole("status")).toHaveText(`已创建账号：${username}`);
  await expect(form.getByLabel("用户名", { exact: true })).toHaveValue(""); // emptied for the next one

  const row = page.getByRole("table", { name: "账号列表" }).getByRole("row").filter({ hasText: username });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(displayName);
  await expect(row).toContainText("记者/通讯员");
  await expect(row).toContainText("启用");

  // Its own edit form, folded away until opened.
  await page.locator("summary").filter({ hasText: username }).click();
  await expect(page.getByRole("form", { name: `编辑账号：${displayName}` }).getByLabel("角色")).toHaveValue("reporter");
});

test("an editor gets the 404 page at /newsroom/users", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authState("editor") });
  const page = await context.newPage();
  const response = await page.goto("/newsroom/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("form", { name: "新建账号" })).toHaveCount(0);
  await context.close();
});
