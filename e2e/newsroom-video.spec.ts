import path from "node:path";
import { expect, test } from "@playwright/test";
import { authState } from "./support";

// An editor adds a video to 视听中心: creates the item, uploads the file
// (refused first when it is not a video), adds subtitles, publishes; the
// reader's pages show it at once; withdrawing takes it away.
test.use({ storageState: authState("editor") });

const DEMO = path.join(__dirname, "..", "demo", "media");

test("create, upload, publish and withdraw a video", async ({ page, request }) => {
  const title = `测试视频 ${Date.now()}`;
  await page.goto("/newsroom");
  await page.getByRole("navigation", { name: "编辑部" }).getByRole("link", { name: "视听" }).click();
  await expect(page).toHaveURL(/\/newsroom\/video$/);
  await page.getByRole("link", { name: "新建节目" }).click();
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("简介").fill("编辑部上传的测试视频");
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.getByLabel("视频（MP4）").check();
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/newsroom\/video\/\d+$/);
  const id = Number(/\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByText("还没有上传文件")).toBeVisible();

  // A text file named .mp4 is refused by its content.
  await page.getByLabel("上传文件").setInputFiles({ name: "fake.mp4", mimeType: "video/mp4", buffer: Buffer.from("这不是视频文件".repeat(50)) });
  await expect(page.getByText("不是可用的音视频文件")).toBeVisible();

  await page.getByLabel("上传文件").setInputFiles(path.join(DEMO, "demo-gradient.mp4"));
  await expect(page.getByText("上传成功")).toBeVisible();
  await expect(page.getByText(/时长 8秒/)).toBeVisible();
  await page.getByLabel("上传字幕").setInputFiles({ name: "bad.vtt", mimeType: "text/vtt", buffer: Buffer.from("1\n00:00:01,000 --> 00:00:02,000\n你好\n") });
  await expect(page.getByText("不是 WebVTT 字幕")).toBeVisible();
  await page.getByLabel("上传字幕").setInputFiles(path.join(DEMO, "demo-gradient.vtt"));
  await expect(page.getByText("有中文字幕")).toBeVisible();

  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布").first()).toBeVisible();
  const item = await request.get(`/video/${id}`);
  expect(item.status()).toBe(200);
  const html = await item.text();
  expect(html).toContain(title);
  expect(html).toMatch(/<track[^>]*srcLang="zh-CN"|<track[^>]*srclang="zh-CN"/i);
  expect(await (await request.get("/video")).text()).toContain(title);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "撤下" }).click();
  await expect(page.getByRole("button", { name: "发布", exact: true })).toBeVisible();
  expect((await request.get(`/video/${id}`)).status()).toBe(404);
  expect(await (await request.get("/video")).text()).not.toContain(title);
});

test("a reporter may create a draft but not publish it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authState("reporter") });
  const page = await context.newPage();
  await page.goto("/newsroom/video/new");
  await page.getByLabel("标题").fill(`记者的音频 ${Date.now()}`);
  await page.getByLabel("音频（M4A/MP3）").check();
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/newsroom\/video\/\d+$/);
  await page.getByLabel("上传文件").setInputFiles(path.join(DEMO, "demo-tones.mp3"));
  await expect(page.getByText(/时长 9秒/)).toBeVisible();
  await expect(page.getByText("由栏目编辑审核发布")).toBeVisible();
  await expect(page.getByRole("button", { name: "发布", exact: true })).toHaveCount(0);
  await context.close();
});
