import { expect, test, type Page } from "@playwright/test";

// 今日要闻离线版 as a reader on a phone uses it: /app says what the download
// holds and should cost, downloads it with progress, fetches only what
// changed the next time; offline the homepage and its stories open marked
// 离线版 with the time they were saved, a page not downloaded says so, and
// 删除离线版 frees it all.
const EDITION_CACHE = "qdn-edition";
const INDEX = "/__offline-edition/index";

type StoredIndex = { savedAt: string; articles: { id: number; url: string; modifiedAt: string; pictures: string[] }[] };

function readIndex(page: Page): Promise<StoredIndex | null> {
  return page.evaluate(
    async ([name, key]) => {
      const response = await (await caches.open(name)).match(key);
      return response ? ((await response.json()) as StoredIndex) : null;
    },
    [EDITION_CACHE, INDEX] as const,
  );
}

const offlineSection = (page: Page) => page.getByRole("region", { name: "今日要闻离线阅读" });

test("今日要闻 downloads with its pictures, updates only what changed, reads offline and is deleted", async ({ page, context }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "下载离线读 ›" }).click();
  await expect(page).toHaveURL(/\/app#offline-edition$/);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const section = offlineSection(page);
  await expect(section.getByText(/^今日要闻 \d+ 篇（首页要闻 \d+ 篇），连同图片，约 [\d.]+ (MB|KB)。$/)).toBeVisible();

  const articleRequests: string[] = [];
  page.on("request", (r) => {
    if (/^\/article\/\d+$/.test(new URL(r.url()).pathname)) articleRequests.push(r.url());
  });
  await section.getByRole("button", { name: "下载今日要闻" }).click();
  await expect(section.getByText(/^已保存 \d+ 篇，没有网络时也能阅读。$/)).toBeVisible({ timeout: 30_000 });
  const index = (await readIndex(page))!;
  const count = index.articles.length;
  expect(count).toBeGreaterThanOrEqual(5);
  expect(articleRequests).toHaveLength(count);
  expect(index.articles.some((a) => a.pictures.length > 0)).toBe(true);
  await expect(section.getByText(new RegExp(`^已保存 ${count} 篇，.+ 保存，占用 [\\d.]+ (MB|KB)。$`))).toBeVisible();
  await expect(section.getByText(/已是最新/)).toBeVisible();
  await expect(section.getByRole("button", { name: "更新离线版" })).toBeDisabled();

  // One story changed since (its stored time made older): the update fetches that one only.
  const changed = index.articles[1];
  await page.evaluate(
    async ([name, key, id]) => {
      const cache = await caches.open(name);
      const stored = (await (await cache.match(key))!.json()) as StoredIndex;
      for (const a of stored.articles) if (a.id === id) a.modifiedAt = "2000-01-01T00:00:00.000Z";
      await cache.put(key, new Response(JSON.stringify(stored)));
    },
    [EDITION_CACHE, INDEX, changed.id] as const,
  );
  await page.reload();
  await expect(section.getByText(/有 1 篇新增或更新/)).toBeVisible();
  articleRequests.length = 0;
  await section.getByRole("button", { name: "更新离线版" }).click();
  await expect(section.getByText(/已是最新/)).toBeVisible({ timeout: 30_000 });
  expect(articleRequests.map((u) => new URL(u).pathname)).toEqual([changed.url]);

  // Offline, with nothing else kept from browsing: the edition is what opens.
  const lead = index.articles[0];
  const notSaved = await page.evaluate(async (saved) => {
    const html = await (await fetch("/news/page/2")).text();
    return [...html.matchAll(/href="(\/article\/\d+)"/g)].map((m) => m[1]).find((href) => !saved.includes(href)) ?? null;
  }, index.articles.map((a) => a.url));
  expect(notSaved).toBeTruthy();
  await page.evaluate(async () => {
    await Promise.all([caches.delete("qdn-pages"), caches.delete("qdn-media")]);
  });
  await context.setOffline(true);
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "离线版" })).toContainText(/离线版 · .+ 保存/);
  await expect(page.getByRole("heading", { name: "要闻" })).toBeVisible();
  await page.goto(lead.url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "离线版" })).toBeVisible();
  const withPicture = index.articles.find((a) => a.pictures.length > 0)!;
  await page.goto(withPicture.url);
  const img = page.locator("main article img").first();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await page.goto(notSaved!);
  await expect(page.getByRole("heading", { name: "网络未连接" })).toBeVisible();
  await context.setOffline(false);

  await page.goto("/app");
  await offlineSection(page).getByRole("button", { name: "删除离线版" }).click();
  await expect(offlineSection(page).getByText("离线版已删除。")).toBeVisible();
  expect(await readIndex(page)).toBeNull();
  await expect(offlineSection(page).getByRole("button", { name: "下载今日要闻" })).toBeEnabled();
});
