import { expect, test } from "@playwright/test";
import { signInAsChief, withDatabaseAway, writeAndPublish } from "./postgres-support";

// The production build on PostgreSQL, as a reader and an editor use it:
// homepage, an article, search, signing in and publishing (run by
// playwright.postgres.config.ts; the SQLite suite covers each in depth).
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
  await signInAsChief(page);
  const articleUrl = await writeAndPublish(page, title, "这篇稿件在 PostgreSQL 上保存并发布。");

  const article = await request.get(articleUrl);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(title);
  expect(await (await request.get("/")).text()).toContain(title);
  const found = await request.get(`/search?q=${encodeURIComponent("冒烟测试")}`);
  expect(await found.text()).toContain(articleUrl);
});

// The next two close the database for a moment; they run last.
test("an editor's save with the database away is refused in Chinese, the text stays, and saves once it is back", async ({ page }) => {
  await signInAsChief(page);
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(`断库保存${Date.now().toString(36)}`);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.locator(".ProseMirror").click();
  await page.keyboard.type("第一段。");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const editor = page.locator(".ProseMirror");
  await editor.waitFor();
  const actions = page.getByRole("group", { name: "稿件操作" });
  const typedWhileAway = "数据库断开时写下的这一段，不能丢。";

  await withDatabaseAway(async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(typedWhileAway);
    await actions.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("数据库暂时不可用，请稍后重试。您填写的内容仍在页面上，没有丢失。").first()).toBeVisible();
    await expect(editor).toContainText(typedWhileAway);
  });

  // Back without a restart: the same page saves what was typed.
  await expect(async () => {
    await actions.getByRole("button", { name: "保存", exact: true }).click();
    await expect(actions.getByRole("status")).toHaveText(/已保存（第2版）/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.reload();
  await expect(page.locator(".ProseMirror")).toContainText(typedWhileAway);
});

test("search with the database away answers 503 in Chinese, then works again by itself", async ({ page, request }) => {
  expect((await request.get("/")).status()).toBe(200); // in the page cache
  await withDatabaseAway(async () => {
    const response = await page.goto(`/search?q=${encodeURIComponent("凯里")}`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("30");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索暂时不可用");
    await expect(page.getByRole("alert").filter({ hasText: "数据库暂时不可用" })).toBeVisible();
    const html = await response!.text();
    expect(html).not.toMatch(/PrismaClient|DriverAdapterError|\bat \S+ \(|\/work\/|node_modules|not currently accepting/);
    expect((await request.get("/")).status()).toBe(200); // cached pages still answer
  });
  // Back without a restart: the pool opens new connections on its own.
  await expect.poll(async () => (await request.get(`/search?q=${encodeURIComponent("凯里")}`)).status()).toBe(200);
  await page.goto(`/search?q=${encodeURIComponent("凯里")}`);
  await expect(page.getByRole("status").filter({ hasText: "条结果" })).toContainText(/找到 \d+ 条结果/);
});
