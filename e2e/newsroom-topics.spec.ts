import { expect, test } from "@playwright/test";
import { authState } from "./support";

// A chief editor makes a topic, gives it a group, picks an article for it by
// title, pushes it to the topic's subscribers, and the article's page links back to the topic.
test.use({ storageState: authState("chief") });

test("a chief editor builds a topic and the article links back to it", async ({ page }) => {
  const slug = `e2e-${Date.now().toString(36)}`;
  const title = `测试专题 ${slug}`;
  await page.goto("/newsroom/topics");
  await page.getByRole("link", { name: "新建专题" }).click();
  await page.getByLabel("专题标题").fill(title);
  await page.getByLabel("专题网址").fill(slug);
  await page.getByLabel("导语").fill("端到端测试建立的专题。");
  await page.getByLabel("专题介绍（HTML）").fill('<p>介绍<script>alert(1)</script></p><p onclick="x()">第二段</p>');
  await page.getByRole("button", { name: "创建专题" }).click();
  await expect(page).toHaveURL(/\/newsroom\/topics\/\d+$/);

  await page.getByLabel("新分组名称").fill("最新报道");
  await page.getByRole("button", { name: "添加分组" }).click();
  await expect(page.getByRole("region", { name: "分组：最新报道" })).toBeVisible();

  // The picker: a title search over published articles.
  const reader = await page.context().newPage();
  await reader.goto("/news/quanzhou");
  const articleLink = reader.locator("main li h2 a").first();
  const articleTitle = (await articleLink.textContent())!.replace(/^\[快讯\]/, "").trim();
  const articleHref = (await articleLink.getAttribute("href"))!;
  await reader.close();
  await page.getByLabel("文章标题关键词").fill(articleTitle.slice(0, 12));
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("button", { name: `加入专题：${articleTitle}` }).click();
  const group = page.getByRole("region", { name: "分组：最新报道" });
  await expect(group.getByText(articleTitle)).toBeVisible();

  // 推送给订阅者: once per article of the topic, after a confirmation.
  page.once("dialog", (dialog) => void dialog.accept());
  await group.getByRole("button", { name: `推送给本专题的订阅者：${articleTitle}` }).click();
  await expect(group.getByText("已推送给订阅者")).toBeVisible();
  await page.reload();
  await expect(group.getByText("已推送给订阅者")).toBeVisible();
  await expect(group.getByRole("button", { name: `推送给本专题的订阅者：${articleTitle}` })).toHaveCount(0);

  await page.goto(`/topics/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByText("第二段")).toBeVisible();
  await expect(page.locator(".article-body script, .article-body [onclick]")).toHaveCount(0);
  await page.getByRole("region", { name: "最新报道" }).getByRole("link", { name: articleTitle }).click();
  await expect(page).toHaveURL(new RegExp(`${articleHref}$`));
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("editors do not manage topics", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authState("editor") });
  const page = await context.newPage();
  const response = await page.goto("/newsroom/topics");
  expect(response?.status()).toBe(404);
  await context.close();
});
