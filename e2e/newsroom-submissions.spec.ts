import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { authState } from "./support";

// A reader's contribution, from the public form to a draft in the editor.
// Sends one contribution: the e2e server limits them per address (see
// e2e/contribute.spec.ts).
test.use({ storageState: authState("editor") });

test("an editor turns a reader's contribution into a draft", async ({ page }) => {
  const title = `读者来稿：榕江村超又开赛 ${Date.now().toString(36)}`;
  await page.goto("/contribute");
  await page.getByLabel("姓名").fill("王读者");
  await page.getByLabel("联系方式（电话或邮箱）").fill("reader@example.com");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("正文").fill("周末，榕江县城北新区体育场的“村超”比赛再次开赛。\n\n现场观众超过两万人，<b>气氛热烈</b>。");
  await page.getByLabel("图片（可选）").setInputFiles({
    name: "match.png",
    mimeType: "image/png",
    buffer: await sharp({ create: { width: 160, height: 90, channels: 3, background: "#2a6" } }).png().toBuffer(),
  });
  await page.getByRole("button", { name: "提交投稿" }).click();
  await expect(page.getByText("投稿已收到，感谢您的来稿！编辑审阅后可能与您联系。")).toBeVisible();

  await page.goto("/newsroom/submissions");
  await expect(page.getByRole("link", { name: /^新投稿/ })).toHaveAttribute("aria-current", "page");
  const item = page.getByRole("article", { name: title, exact: true });
  await expect(item.getByText("投稿人：王读者")).toBeVisible();
  await expect(item.getByRole("link", { name: "reader@example.com" })).toHaveAttribute("href", "mailto:reader@example.com");
  await expect(item.getByRole("img")).toHaveCount(1);

  await item.getByRole("button", { name: "转为草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("来源")).toHaveValue("读者投稿");
  await expect(page.getByLabel("作者（记者、通讯员）")).toHaveValue("王读者");
  await expect(page.locator(".ProseMirror")).toContainText("<b>气氛热烈</b>");

  await page.goto("/newsroom/submissions?status=drafted");
  await expect(page.getByRole("article", { name: title, exact: true }).getByRole("link", { name: /^打开草稿/ })).toBeVisible();
});
