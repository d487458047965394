import { expect, test, type Page } from "@playwright/test";

// Offline reading through the service worker (app/sw.ts): a bookmarked
// article opens offline with its pictures, a page never read shows the
// offline page, and un-bookmarking frees the stored copy.

const FAVORITES_CACHE = "qdn-favorites";

async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

function favoritesCacheHas(page: Page, url: string) {
  return page.evaluate(
    async ([name, u]) => Boolean(await (await caches.open(name)).match(u, { ignoreVary: true })),
    [FAVORITES_CACHE, url] as const,
  );
}

test("收藏 reads offline with its pictures; other pages show the offline page", async ({ page, context }) => {
  // An article with a picture: the homepage's 图片新闻.
  await page.goto("/");
  const href = await page.getByRole("region", { name: "图片新闻" }).getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/article\/\d+$/);
  const url = href ?? "";

  await page.goto(url);
  await serviceWorkerReady(page);
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const cover = page.locator("article figure img").first();
  const coverSrc = await cover.evaluate((img: HTMLImageElement) => new URL(img.currentSrc || img.src).pathname);

  // An article this reader never opened, to try offline later.
  const others = await page.locator('main a[href^="/article/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const unread = others.find((h) => h && h !== url);
  expect(unread).toBeTruthy();

  await page.getByRole("button", { name: "收藏", exact: true }).click();
  await expect(page.getByText("已保存，可离线阅读")).toBeVisible();
  expect(await favoritesCacheHas(page, url)).toBe(true);
  expect(await favoritesCacheHas(page, coverSrc)).toBe(true);

  // Forget the pages and pictures kept from ordinary browsing: only the 收藏 copy is left.
  await page.evaluate(async () => {
    await Promise.all([caches.delete("qdn-pages"), caches.delete("qdn-media")]);
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const img = page.locator("article figure img").first();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

  // 我的收藏 opens offline and lists it with the time it was saved.
  await page.goto("/favorites");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText(/^收藏于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();

  // A page never read: the offline page, in Chinese.
  await page.goto(unread ?? "");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("网络未连接");
  await expect(page.getByText("当前处于离线状态")).toBeVisible();

  // Back online, un-bookmarking frees the stored copy.
  await context.setOffline(false);
  await page.goto("/favorites");
  await page.getByRole("button", { name: `取消收藏：${title}` }).click();
  await expect(page.getByText("还没有收藏")).toBeVisible();
  await expect.poll(() => favoritesCacheHas(page, url)).toBe(false);
  await expect.poll(() => favoritesCacheHas(page, coverSrc)).toBe(false);
});

test("the newsroom and the API are never cached", async ({ page }) => {
  await page.goto("/");
  await serviceWorkerReady(page);
  await page.goto("/newsroom/sign-in");
  await page.evaluate(() => fetch("/api/auth/session").then((r) => r.text()));
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached.filter((p) => /^\/(newsroom|api)(\/|$)/.test(p))).toEqual([]);
  expect(cached).toContain("/offline");
});

test("a waiting new version shows 「有新版本」 and 「刷新」 switches to it", async ({ page }) => {
  await page.goto("/");
  await serviceWorkerReady(page);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toMatch(/\/sw\.js$/);
  await expect(page.getByText("有新版本")).toHaveCount(0);

  // A new version: the worker under another script URL counts as one, and waits.
  await page.evaluate(() => navigator.serviceWorker.register("/sw.js?v=next", { scope: "/" }).then(() => undefined));
  const bar = page.getByRole("status").filter({ hasText: "有新版本" });
  await expect(bar).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toMatch(/\/sw\.js$/);

  await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
  // It takes over and the page reloads under it.
  await Promise.all([page.waitForEvent("load"), bar.getByRole("button", { name: "刷新" }).click()]);
  expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toMatch(/\/sw\.js\?v=next$/);
  await expect(page.getByRole("heading", { name: "热点排行" })).toBeVisible();
});

test("the installed app's start URL opens offline on the homepage read last", async ({ page, context }) => {
  await page.goto("/");
  await serviceWorkerReady(page);
  await page.reload(); // now through the worker, which keeps a copy
  await expect(page.getByRole("heading", { name: "热点排行" })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => Boolean(await (await caches.open("qdn-pages")).match("/")))).toBe(true);
  await context.setOffline(true);
  await page.goto("/?source=pwa");
  await expect(page.getByRole("heading", { name: "热点排行" })).toBeVisible();
  await expect(page.getByText("网络未连接")).toHaveCount(0);
});
