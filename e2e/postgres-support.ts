import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

// What the PostgreSQL smoke run and the cluster's test share: the accounts
// scripts/e2e-prepare.ts made, signing in, publishing, and the database.
type Info = { accounts: Record<string, { username: string; password: string; displayName: string }> };
const info = (): Info => JSON.parse(readFileSync(path.join(__dirname, "..", ".e2e-pg", "info.json"), "utf8"));

/** Signs in as the chief editor on the page's own server (baseURL). */
export async function signInAsChief(page: Page) {
  const chief = info().accounts.chief;
  await page.goto("/newsroom/sign-in");
  await page.getByLabel("用户名").fill(chief.username);
  await page.getByLabel("密码").fill(chief.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
}

/** Writes a one-paragraph article in 县市 and publishes it, as a signed-in chief editor; returns its public path. */
export async function writeAndPublish(page: Page, title: string, paragraph: string): Promise<string> {
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  await page.locator(".ProseMirror").click();
  await page.keyboard.type(paragraph);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const panel = page.getByRole("region", { name: "审核与发布" });
  await panel.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("已发布", { exact: true }).first()).toBeVisible();
  return (await page.getByRole("link", { name: "查看网页" }).getAttribute("href"))!;
}

/** Runs queries on the e2e database (E2E_DATABASE_URL_PG) on a connection of its own. */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL_PG });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Closes the e2e database as maintenance or an outage would: new connections refused, open ones ended. */
export async function withDatabaseAway(during: () => Promise<void>) {
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
