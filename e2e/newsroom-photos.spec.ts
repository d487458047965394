import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { authState } from "./support";

// An editor makes a photo set from two uploaded photos, publishes it, and
// readers find it on /photos at once.
test.use({ storageState: authState("editor") });

async function jpeg(color: string) {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: color } }).jpeg().toBuffer();
}

test("create a set with two uploaded photos, publish it, see it on /photos", async ({ page, browser }) => {
  const title = `图集测试 ${Date.now()}`;
  await page.goto("/newsroom");
  await page.getByRole("navigation", { name: "编辑部" }).getByRole("link", { name: "图集" }).click();
  await expect(page).toHaveURL(/\/newsroom\/photos$/);
  await page.getByRole("link", { name: "新建图集" }).click();

  await page.getByLabel("标题").fill(title);
  await page.getByLabel("导语").fill("编辑部测试图集的导语。");
  await page.getByLabel("上传图片（可多选）").setInputFiles([
    { name: "one.jpg", mimeType: "image/jpeg", buffer: await jpeg("#2a7") },
    { name: "two.jpg", mimeType: "image/jpeg", buffer: await jpeg("#a27") },
  ]);
  await expect(page.getByText("已上传2张，请填写说明后保存")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("第1张 图片说明").fill("第一张：芦笙队入场");
  await page.getByLabel("第1张 摄影").fill("杨光");
  await page.getByLabel("第2张 图片说明").fill("第二张：长桌宴");
  await page.getByLabel("第2张 替代文字").fill("数十张长桌沿村道摆开，村民和游客对坐用餐");
  await page.getByLabel("第2张 摄影").fill("吴敏");
  // The second photo becomes the first.
  await page.getByRole("button", { name: "上移第2张" }).click();
  await expect(page.getByLabel("第1张 图片说明")).toHaveValue("第二张：长桌宴");
  await page.getByRole("button", { name: "创建图集" }).click();
  await expect(page).toHaveURL(/\/newsroom\/photos\/\d+$/);
  await expect(page.getByLabel("第1张 图片说明")).toHaveValue("第二张：长桌宴");

  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("图集已发布")).toBeVisible();

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const site = await reader.newPage();
  await site.goto("/photos");
  await site.getByRole("link", { name: new RegExp(title) }).click();
  await expect(site.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(site.locator('figure[id="1"] figcaption')).toContainText("1/2");
  await expect(site.locator('figure[id="1"] figcaption')).toContainText("第二张：长桌宴");
  await expect(site.locator('figure[id="1"] figcaption')).toContainText("摄影：吴敏");
  await expect(site.locator('figure[id="2"] figcaption')).toContainText("第一张：芦笙队入场");
  // Alt text: the 替代文字 when given, else the caption.
  await expect(site.locator('figure[id="1"] img').first()).toHaveAttribute("alt", "数十张长桌沿村道摆开，村民和游客对坐用餐");
  await expect(site.locator('figure[id="2"] img').first()).toHaveAttribute("alt", "第一张：芦笙队入场");
  await reader.close();
});

test("a reporter's set can be saved as a draft but not published", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authState("reporter") });
  const page = await context.newPage();
  await page.goto("/newsroom/photos/new");
  await page.getByLabel("标题").fill(`记者图集 ${Date.now()}`);
  await page.getByRole("button", { name: "创建图集" }).click();
  await expect(page).toHaveURL(/\/newsroom\/photos\/\d+$/);
  await expect(page.getByText("图集由栏目编辑审核发布。")).toBeVisible();
  await expect(page.getByRole("button", { name: "发布" })).toHaveCount(0);
  await context.close();
});
