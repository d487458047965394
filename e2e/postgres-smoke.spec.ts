import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production build on PostgreSQL, as a reader and an editor use it:
// homepage, an article, search, signing in and publishing (run by
// playwright.postgres.config.ts; the SQLite suite covers each in depth).
type Info = { accounts: Record<string, { username: string; password: string; displayName: string }> };
const info = (): Info => JSON.parse(readFileSync(path.join(__dirname, "..", ".e2e-pg", "info.json"), "utf8"));
const title = `黔东南数据库冒烟测试${Date.now().toString(36)}`;

test("a reader opens the homepage and an article from it", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const first = page.locator('main a[href^="/article/"]').first();
  const linkText = await first.innerText();
  await first.click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  const heading = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(heading.length).toBeGreaterThan(4);
  expect(linkText).toContain(heading);
});

test("search finds and highlights Chinese words", async ({ page }) => {
  await page.goto("/search?q=凯里");
  await expect(page.getByRole("status").filter({ hasText: "条结果" })).toContainText(/找到 \d+ 条结果/);
  await expect(page.getByRole("list", { name: "搜索结果" }).locator("mark").first()).toHaveText("凯里");
});

test("a chief editor signs in, writes and publishes; the article is public and findable at once", async ({ page, request }) => {
  const chief = info().accounts.chief;
  await page.goto("/newsroom/sign-in");
  await page.getByLabel("用户名").fill(chief.username);
  await page.getByLabel("密码").fill(chief.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);

  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.locator(".ProseMirror").click();
  await page.keyboard.type("这篇稿件在 PostgreSQL 上保存并发布。");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const panel = page.getByRole("region", { name: "审核与发布" });
  await panel.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("已发布", { exact: true }).first()).toBeVisible();
  const articleUrl = (await page.getByRole("link", { name: "查看网页" }).getAttribute("href"))!;

  const article = await request.get(articleUrl);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(title);
  expect(await (await request.get("/")).text()).toContain(title);
  const found = await request.get(`/search?q=${encodeURIComponent("冒烟测试")}`);
  expect(await found.text()).toContain(articleUrl);
});
