import { expect, test } from "@playwright/test";

// After five wrong passwords the sign-in page says, in plain words, to wait.
// Runs after the other newsroom tests: it also slows sign-ins from this
// address, and they use saved sessions.
test("repeated wrong passwords make the next attempt wait", async ({ page }) => {
  await page.goto("/newsroom/sign-in");
  // Next's route announcer is an alert too: look inside the form.
  const form = page.locator("form");
  const account = `nobody-${Date.now()}`;
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("用户名").fill(account);
    await page.getByLabel("密码").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(form.getByRole("alert")).toHaveText("用户名或密码错误");
    await form.getByRole("alert").evaluate((el) => (el.textContent = ""));
  }
  await page.getByLabel("密码").fill("wrong-again");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(form.getByRole("alert")).toContainText("登录失败次数过多");
  await expect(form.getByRole("alert")).toContainText("秒后再试");
});
