import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { authState } from "./support";

// Picture uploads from the editor: checked by content, size and pixels; each
// refusal a clear message, never a 500.
test.use({ storageState: authState("editor") });

test("a real picture is stored with responsive variants", async ({ page }) => {
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#3a7" } }).jpeg().toBuffer();
  const response = await page.request.post("/newsroom/api/images", { multipart: { file: { name: "photo.jpg", mimeType: "image/jpeg", buffer: jpeg } } });
  expect(response.status()).toBe(200);
  const { ok, image } = await response.json();
  expect(ok).toBe(true);
  expect(image.srcset).toMatch(/320w.*640w.*960w.*1280w/);
  const variant = await page.request.get(image.src);
  expect(variant.headers()["content-type"]).toBe("image/webp");
});

test("a text file named .jpg is refused by its content", async ({ page }) => {
  const response = await page.request.post("/newsroom/api/images", {
    multipart: { file: { name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("这不是图片，只是文字") } },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toBe("不是有效的图片文件");
});

test("a 50 MB upload is refused with a clear message", async ({ page }) => {
  const response = await page.request.post("/newsroom/api/images", {
    multipart: { file: { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(50 * 1024 * 1024, 1) } },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toBe("图片不能超过10MB");
});

test("an admin changes the hotline and every page shows it at once", async ({ browser, request }) => {
  const context = await browser.newContext({ storageState: authState("admin") });
  const page = await context.newPage();
  const hotline = `0855-${String(Date.now()).slice(-7)}`;
  await page.goto("/newsroom/settings");
  await page.getByLabel("新闻热线").fill(hotline);
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("网站设置已保存，各页面已更新")).toBeVisible();
  for (const path of ["/", "/news/xianshi"]) {
    expect((await (await request.get(path)).text()).replace(/<!-- -->/g, ""), path).toContain(hotline);
  }
  await context.close();
});
