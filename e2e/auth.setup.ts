import { expect, test as setup } from "@playwright/test";
import { authState, e2eInfo, type E2eRole } from "./support";

// Signs in once per newsroom role through the real sign-in page and saves
// the session, so the newsroom tests start signed in.
const roles: E2eRole[] = ["reporter", "editor", "chief", "admin"];

for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const account = e2eInfo().accounts[role];
    await page.goto("/newsroom/sign-in");
    await page.getByLabel("用户名").fill(account.username);
    await page.getByLabel("密码").fill(account.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/newsroom$/);
    await expect(page.getByRole("banner").getByText(account.displayName)).toBeVisible();
    await page.context().storageState({ path: authState(role) });
  });
}
