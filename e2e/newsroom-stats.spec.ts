import path from "node:path";
import Database from "better-sqlite3";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { authState, expectNoSeriousViolations } from "./support";

// 数据 in a real Chromium against the production build: the 实时 part moves
// after new beacons without a reload, the charts are drawn beside their
// tables, an exported CSV equals its table, and an article's own 数据.
const databaseFile = path.join(__dirname, "..", ".e2e", "portal.db");
const run = Date.now() % 100_000;
const readerUa = (n: number) => `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.${run}.${n} Mobile Safari/537.36`;

/** The published article read most on the newest day of readership rows, so that it heads 热门内容 whatever the demo counted. */
function mostReadArticle(): { id: number; title: string } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT a.id, a.title FROM Article a JOIN ViewHour v ON v.kind = 'article' AND v.itemId = a.id
         WHERE a.status = 'published' AND v.day = (SELECT MAX(day) FROM ViewHour)
         GROUP BY a.id ORDER BY SUM(v.views) DESC LIMIT 1`,
      )
      .get() as { id: number; title: string };
  } finally {
    db.close();
  }
}

/** Readers on phones, each with their own address and browser, coming from 百度. */
async function sendBeacons(request: APIRequestContext, id: number, readers: number, from = 0) {
  for (let n = from; n < from + readers; n++) {
    const response = await request.post("/api/views", {
      data: JSON.stringify({ kind: "article", id, ref: "https://m.baidu.com/s?word=凯里" }),
      // One address (the start wrapper ignores X-Forwarded-For); each browser is its own reader.
      headers: { "user-agent": readerUa(n), "content-type": "text/plain" },
    });
    expect(response.status()).toBe(204);
  }
}

async function liveReaders(page: Page) {
  return Number(await page.getByTestId("live-readers").textContent());
}

/**
 * An item's views in the 实时 panel's 30-minute sparkline, whose label lists
 * them per minute; 0 while it is not listed. Within a test run this only
 * grows, whereas 「5分钟内读者」 also loses whoever read five minutes ago.
 */
async function liveViewsOf(page: Page, title: string) {
  const labels = await page.getByTestId("live-items").locator("svg[role=img]").evaluateAll((svgs) => svgs.map((s) => s.getAttribute("aria-label") ?? ""));
  const label = labels.find((l) => l.startsWith(`${title}：`));
  return label ? label.slice(label.lastIndexOf("每分钟 ") + 4, -2).split("、").reduce((n, v) => n + Number(v), 0) : 0;
}

/** The rows of a stats block's table, as text. */
async function tableRows(page: Page, id: string) {
  return page.locator(`[data-stats-table="${id}"] table tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((c) => c.textContent ?? "")));
}

test.use({ storageState: authState("admin") });

test("实时 moves after new beacons without a reload; charts sit beside their tables", async ({ page, request }) => {
  const article = mostReadArticle();
  await page.goto("/newsroom/stats");
  await expect(page.getByRole("heading", { name: "数据", level: 1 })).toBeVisible();
  const before = await liveViewsOf(page, article.title);
  let reloads = 0;
  // A document load, not a same-document address change.
  page.on("load", () => {
    reloads += 1;
  });

  await sendBeacons(request, article.id, 3);
  await expect.poll(() => liveViewsOf(page, article.title), { timeout: 25_000 }).toBeGreaterThanOrEqual(before + 3);
  expect(await liveReaders(page)).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("live-items")).toContainText(article.title);
  await expect(page.getByTestId("live-referrers")).toContainText("百度");
  expect(reloads).toBe(0);

  // Range views: a chart (ECharts draws a canvas) and the same numbers in a table.
  await page.reload();
  for (const id of ["trend", "referrers", "devices"]) {
    const block = page.locator(`[data-stats-table="${id}"]`);
    await expect(block.locator("canvas").first()).toBeVisible();
    await expect(block.getByRole("table")).toBeVisible();
  }
  await expect(page.locator('[data-stats-table="top"]')).toContainText(article.title);
  await expectNoSeriousViolations(page);
});

test("the CSV export equals the table on the page", async ({ page, request }) => {
  const article = mostReadArticle();
  const baidu = async () => {
    await page.goto("/newsroom/stats?range=7d");
    return Number((await tableRows(page, "referrers")).find((r) => r[0] === "百度")?.[1] ?? 0);
  };
  const before = await baidu();
  await sendBeacons(request, article.id, 2, 10);
  // Written in batches: wait until the page's table has both, so nothing moves between page and file.
  // Each try loads the whole stats page, which takes seconds on a busy machine.
  await expect.poll(baidu, { timeout: 20_000 }).toBe(before + 2);
  const href = await page.locator('[data-stats-table="referrers"]').getByRole("link", { name: "导出 CSV" }).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((l) => l.split(","));
  expect(lines[0]).toEqual(["来源", "浏览", "占比"]);
  expect(lines.slice(1)).toEqual(await tableRows(page, "referrers"));
});

test("an article's newsroom page shows its own 数据", async ({ page, request }) => {
  const article = mostReadArticle();
  await sendBeacons(request, article.id, 1, 20);
  await page.goto(`/newsroom/articles/${article.id}`);
  const stats = page.getByRole("region", { name: "数据" });
  await expect(stats).toBeVisible();
  await expect(stats.locator('[data-stats-table="item-trend"] table')).toBeVisible();
  await expect(stats.locator('[data-stats-table="item-depth"]')).toContainText("打开");
});

test.describe("as a reporter", () => {
  test.use({ storageState: authState("reporter") });

  test("sees only their own items", async ({ page }) => {
    const article = mostReadArticle();
    await page.goto("/newsroom/stats");
    await expect(page.getByText("您的稿件")).toBeVisible();
    await expect(page.locator('[data-stats-table="top"]')).not.toContainText(article.title);
  });
});
