import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { formatDate } from "../lib/format/date";
import { authState } from "./support";
import { guard, payloadBatches, payloads } from "./xss-guard";

// The XSS corpus through the channels' own doors, batched into a few items
// rather than one item per payload: an employer's job post (the public form,
// the newsroom's review list, the approved post's public page and the list),
// a topic's title, lead and introduction (chief editors), a photo set's
// captions, alt text and photographers, and an article's lead picture's alt text and
// 图注. Every page that shows them is rendered in Chromium and watched as in
// newsroom-xss.spec.ts.
test.describe.configure({ mode: "serial" });
test.use({ storageState: authState("editor") });

const run = Date.now().toString(36);
const short = payloads.filter((p) => p.length <= 24);

test("a job post carrying the corpus runs nowhere: the form, the review list, its public page, the lists", async ({ page, browser }) => {
  const check = await guard(page);
  const marker = `职位${run}`;
  const [description, requirements] = payloadBatches(4000, "\n");
  const employer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const form = await employer.newPage();
  const checkForm = await guard(form);
  await form.goto("/jobs/post");
  await form.getByLabel("职位名称").fill(`${marker} ${short[0]}`.slice(0, 40));
  await form.getByLabel("招聘单位").fill(`语料单位${run} ${short[1]}`.slice(0, 60));
  await form.getByLabel("工作地点").selectOption({ label: "凯里市" });
  await form.getByLabel("职位类别").selectOption({ index: 1 });
  await form.getByLabel("招聘人数").fill("2");
  await form.getByLabel("截止日期").fill(formatDate(new Date(Date.now() + 20 * 86_400_000)));
  await form.getByLabel("职位描述").fill(description);
  await form.getByLabel("任职要求").fill(requirements ?? "");
  await form.getByLabel("联系人").fill(short[2].slice(0, 30));
  await form.getByLabel("联系电话").fill("0855-8221234");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByText("招聘信息已提交，编辑审核通过后将在人才网公开。")).toBeVisible();
  await checkForm("发布招聘之后");

  await page.goto("/newsroom/jobs");
  const card = page.getByRole("article").filter({ hasText: marker });
  await expect(card).toHaveCount(1);
  await check("编辑部的待审招聘");
  await card.getByRole("button", { name: /^通过：/ }).click();
  await expect(card).toHaveCount(0);

  await form.goto("/jobs");
  const link = form.locator('a[href^="/jobs/"]', { hasText: marker }).first();
  await expect(link).toBeVisible();
  await checkForm("人才网列表");
  await link.click();
  await expect(form.getByRole("heading", { level: 1 })).toContainText(marker);
  // The whole text is on the page, as text.
  await expect(form.locator("main")).toContainText(payloads[payloads.length - 1].replace(/\s+/g, " ").trim().slice(0, 20));
  await checkForm("招聘详情页");
  await form.goto("/");
  await checkForm("首页（人才网栏目）");
  await employer.close();
});

test("a topic whose title, lead and introduction carry the corpus runs nowhere", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authState("chief") });
  const page = await context.newPage();
  const check = await guard(page);
  const slug = `xss-${run}`;
  await page.goto("/newsroom/topics/new");
  await page.getByLabel("专题标题").fill(`专题语料${run} ${short[3]}`.slice(0, 60));
  await page.getByLabel("专题网址").fill(slug);
  await page.getByLabel("导语").fill(payloadBatches(200)[0]);
  await page.getByLabel("专题介绍（HTML）").fill(payloads.join("\n"));
  await page.getByRole("button", { name: "创建专题" }).click();
  await expect(page).toHaveURL(/\/newsroom\/topics\/\d+$/);
  await check("编辑部的专题页");
  await page.goto(`/topics/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`专题语料${run}`);
  await check("专题页");
  await page.goto("/topics");
  await expect(page.getByText(`专题语料${run}`).first()).toBeVisible();
  await check("专题列表");
  await context.close();
});

test("a photo set whose captions, alt text and photographers carry the corpus runs nowhere", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const check = await guard(page);
  const captions = payloadBatches(300);
  const alts = payloadBatches(200);
  const count = Math.max(captions.length, alts.length);
  const title = `图集语料${run} ${short[4]}`.slice(0, 100);
  await page.goto("/newsroom/photos/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("导语").fill(payloadBatches(300)[1]);
  const files = await Promise.all(
    Array.from({ length: count }, async (_, i) => ({
      name: `p${i}.jpg`,
      mimeType: "image/jpeg",
      buffer: await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: (i * 37) % 255, g: 90, b: 120 } } }).jpeg().toBuffer(),
    })),
  );
  await page.getByLabel("上传图片（可多选）").setInputFiles(files);
  await expect(page.getByText(`已上传${count}张，请填写说明后保存`)).toBeVisible({ timeout: 90_000 });
  for (let i = 0; i < count; i++) {
    await page.getByLabel(`第${i + 1}张 图片说明`).fill(captions[i] ?? "");
    await page.getByLabel(`第${i + 1}张 替代文字`).fill(alts[i] ?? "");
    await page.getByLabel(`第${i + 1}张 摄影`).fill(short[i % short.length].slice(0, 30));
  }
  await page.getByRole("button", { name: "创建图集" }).click();
  await expect(page).toHaveURL(/\/newsroom\/photos\/\d+$/);
  await check("编辑部的图集");
  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("图集已发布")).toBeVisible();

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const site = await reader.newPage();
  const checkSite = await guard(site);
  await site.goto("/photos");
  await checkSite("黔图汇列表");
  await site.locator('a[href^="/photos/"]', { hasText: `图集语料${run}` }).first().click();
  await expect(site.getByRole("heading", { level: 1 })).toContainText(`图集语料${run}`);
  await expect(site.locator("main figure figcaption")).toHaveCount(count);
  // Each photo's alt text is its payloads, as text (a one-line field drops line breaks).
  const shown = await site.locator("main figure[data-slide] img").evaluateAll((imgs) => imgs.map((img) => img.getAttribute("alt") ?? ""));
  expect(shown.map((a) => a.replace(/\s/g, ""))).toEqual(alts.map((a) => a.replace(/\s/g, "")));
  await checkSite("图集页");
  await reader.close();
});

test("a lead picture's alt text and 图注 carrying payloads run nowhere", async ({ page }) => {
  const check = await guard(page);
  const alts = payloadBatches(125);
  const captions = payloadBatches(200);
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(`封面语料${run}`);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.locator(".ProseMirror").click();
  await page.keyboard.insertText("封面图片的替代文字和图注里有攻击语料。");
  const jpeg = await sharp({ create: { width: 800, height: 500, channels: 3, background: "#468" } }).jpeg().toBuffer();
  await page.locator('input[type="file"][aria-labelledby="coverImageId-label"]').setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await page.getByLabel("替代文字（图片内容，供读屏软件朗读）").fill(alts[3]);
  await page.getByLabel("图注", { exact: true }).fill(captions[2]);
  await page.getByRole("group", { name: "稿件操作" }).getByRole("button", { name: "发布" }).click();
  const view = page.getByRole("link", { name: "查看", exact: true }).first();
  await expect(view).toBeVisible();
  await check("编辑器");
  await page.goto((await view.getAttribute("href"))!);
  // The payloads are the picture's alt text, as text (white space aside: a one-line field drops line breaks).
  const alt = await page.locator("main figure img").first().getAttribute("alt");
  expect(alt?.replace(/\s/g, "")).toBe(alts[3].replace(/\s/g, ""));
  await check("有封面的文章页");
  await page.goto("/news/xianshi");
  await check("县市列表");
});
