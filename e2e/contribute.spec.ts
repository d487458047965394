import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoHorizontalScroll } from "./support";

// 在线投稿 at a phone and a desktop width. Each run of this file sends one
// contribution per project, and the e2e server limits contributions per
// address (every browser here is 127.0.0.1): see the README on
// CONTRIBUTION_LIMIT_PER_10_MIN before adding more.
test("a reader sends a contribution; a correction keeps what was typed", async ({ page }, testInfo) => {
  const title = `读者来稿：雷山苗寨迎来游客高峰 ${testInfo.project.name}-${Date.now().toString(36)}`;
  await page.goto("/contribute");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("在线投稿");
  await expectNoHorizontalScroll(page);
  // The honeypot is out of people's reach, screen readers included.
  await expect(page.getByRole("textbox", { name: "请勿填写" })).toHaveCount(0);

  await page.getByLabel("姓名").fill("龙读者");
  await page.getByLabel("联系方式（电话或邮箱）").fill("13800001234");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("正文").fill("人很多。");
  await page.getByLabel("图片（可选）").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: await sharp({ create: { width: 120, height: 80, channels: 3, background: "#3a7" } }).png().toBuffer(),
  });
  for (const control of await page.locator("form[aria-label='在线投稿'] :is(input:not([name=website]), textarea, button)").all()) {
    expect((await control.boundingBox())?.height ?? 0, await control.getAttribute("name") ?? "button").toBeGreaterThanOrEqual(44);
  }

  // Too short: the server says so beside the body, and nothing typed is lost.
  await page.getByRole("button", { name: "提交投稿" }).click();
  await expect(page.getByText("正文至少需要20个字")).toBeVisible();
  await expect(page.getByLabel("正文")).toBeFocused();
  await expect(page.getByLabel("正文")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByLabel("姓名")).toHaveValue("龙读者");

  await page.getByLabel("正文").fill("五一假期，雷山县西江千户苗寨迎来游客高峰，景区增派人手疏导交通，游客秩序井然。");
  await page.getByRole("button", { name: "提交投稿" }).click();
  await expect(page.getByText("投稿已收到，感谢您的来稿！编辑审阅后可能与您联系。")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue("");
  await expect(page.getByLabel("正文")).toHaveValue("");
  await expectNoHorizontalScroll(page);
});
