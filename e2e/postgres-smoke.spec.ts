import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";

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
  await signInAsChief(page);
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

/** Closes the e2e database as maintenance or an outage would: new connections refused, open ones ended. */
async function withDatabaseAway(during: () => Promise<void>) {
  const url = new URL(process.env.E2E_DATABASE_URL_PG!);
  const name = decodeURIComponent(url.pathname.slice(1));
  const quoted = `"${name.replace(/"/g, '""')}"`;
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await during();
  } finally {
    await admin.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

async function signInAsChief(page: Page) {
  const chief = info().accounts.chief;
  await page.goto("/newsroom/sign-in");
  await page.getByLabel("用户名").fill(chief.username);
  await page.getByLabel("密码").fill(chief.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
}

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
