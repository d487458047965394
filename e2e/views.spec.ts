import path from "node:path";
import Database from "better-sqlite3";
import { type Browser, expect, test } from "@playwright/test";

// 热点排行 is driven by real view counts: the cached article page sends a
// beacon, the server adds views up and writes them in batches. Checked in the
// e2e database itself.
const databaseFile = path.join(__dirname, "..", ".e2e", "portal.db");
// A phone's browser; the build number differs per run because the server
// counts the same reader (address and browser) once per half hour.
const READER_UA = `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.${Date.now() % 100_000}.0 Mobile Safari/537.36`;

function readDb<T>(query: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

function publishedArticleId(offset: number): number {
  return readDb(
    (db) =>
      (db.prepare("SELECT id FROM Article WHERE status = 'published' ORDER BY publishedAt DESC LIMIT 1 OFFSET ?").get(offset) as { id: number }).id,
  );
}

/** The hourly row's views and phone views of an article (数据), summed over hours. */
function hourly(id: number): { views: number; phone: number } {
  return readDb(
    (db) =>
      db.prepare("SELECT COALESCE(SUM(views), 0) AS views, COALESCE(SUM(devicePhone), 0) AS phone FROM ViewHour WHERE kind = 'article' AND itemId = ?").get(id) as {
        views: number;
        phone: number;
      },
  );
}

function viewCount(id: number): number {
  return readDb((db) => (db.prepare("SELECT viewCount FROM Article WHERE id = ?").get(id) as { viewCount: number }).viewCount);
}

async function visit(browser: Browser, id: number, userAgent?: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  const beacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.goto(`/article/${id}`);
  expect((await beacon).status()).toBe(204);
  return { context, page };
}

test("a reader's visit counts once, a reload in the same tab does not count again", async ({ browser }) => {
  const id = publishedArticleId(7);
  const before = viewCount(id);
  const hourlyBefore = hourly(id);
  const { context, page } = await visit(browser, id, READER_UA);
  await expect.poll(() => viewCount(id)).toBe(before + 1);
  // The same view in the hourly rows, on a phone.
  expect(hourly(id)).toEqual({ views: hourlyBefore.views + 1, phone: hourlyBefore.phone + 1 });

  let beaconsOnReload = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/views")) beaconsOnReload += 1;
  });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(beaconsOnReload).toBe(0);
  await context.close();
});

test("a headless browser (a bot) is not counted", async ({ browser }) => {
  const id = publishedArticleId(8);
  const before = viewCount(id);
  // Headless Chromium says so in its user agent: its beacon is answered but not counted.
  const bot = await visit(browser, id);
  expect(await bot.page.evaluate(() => navigator.userAgent)).toContain("HeadlessChrome");
  await bot.context.close();
  // A reader's view afterwards is written in the same or a later batch than the bot's
  // would have been, so exactly one more view proves the bot's was dropped.
  const reader = await visit(browser, id, READER_UA);
  await expect.poll(() => viewCount(id)).toBe(before + 1);
  await reader.context.close();
});
