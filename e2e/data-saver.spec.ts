import { type Page, expect, test } from "@playwright/test";

// 省流量 (data saver), as a reader on a phone notices it: with it on, an
// article shows placeholders (图注 and size) and fetches no picture until one
// is tapped; lists fetch no thumbnails; a video page fetches no poster; the
// service worker pre-downloads nothing. With it off, pictures load as
// before. The choice (自动/开/关) survives a reload; 自动 follows the
// browser's Save-Data and 2G connections.
const KEY = "qdn-data-saver";

function choose(page: Page, choice: "auto" | "on" | "off") {
  return page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, choice]);
}

/** Stands in for the Network Information API (Chromium reports a real one only with flags or on a phone). */
function emulateConnection(page: Page, connection: { saveData: boolean; effectiveType: string }) {
  return page.addInitScript((c) => {
    Object.defineProperty(Navigator.prototype, "connection", {
      configurable: true,
      get: () => ({ ...c, addEventListener() {}, removeEventListener() {} }),
    });
  }, connection);
}

/** Picture requests (stored variants under /media/, not audio or video) the page makes from now on. */
function pictureRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/media/") && !pathname.startsWith("/media/av/")) urls.push(pathname);
  });
  return urls;
}

/** An article with a cover picture: the first of the homepage's 图片新闻. */
async function articleWithCover(page: Page): Promise<string> {
  const html = await (await page.request.get("/")).text();
  const strip = html.slice(html.indexOf("图片新闻"));
  const href = /href="(\/article\/\d+)"/.exec(strip)?.[1];
  expect(href).toBeTruthy();
  return href!;
}

/** Everything the page asks for on its own has been asked for (lazy pictures in view included). */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
}

const cover = (page: Page) => page.locator("article figure [data-saver-picture]").first();

test("省流量 on: an article fetches no picture until its placeholder is tapped", async ({ page }) => {
  const url = await articleWithCover(page);
  await choose(page, "on");
  const requested = pictureRequests(page);
  await page.goto(url);
  await settled(page);
  await expect(page.locator("html")).toHaveAttribute("data-saver", "on");
  expect(requested).toEqual([]);

  const placeholder = cover(page).getByRole("button");
  await expect(placeholder).toBeVisible();
  await expect(placeholder).toContainText(/图片 · 约 \d+ KB/);
  await expect(placeholder).toContainText("点按加载");
  // The caption (图注, else the picture's description) is on the placeholder, which keeps the picture's shape.
  const caption = (await page.locator("article figure img").first().getAttribute("alt")) ?? "";
  const figcaption = page.locator("article figure > figcaption").first();
  const captionText = (await figcaption.count()) ? ((await figcaption.textContent()) ?? "") : caption;
  expect(captionText.trim()).not.toBe("");
  await expect(placeholder).toContainText(captionText.trim());
  const box = (await placeholder.boundingBox())!;
  const img0 = page.locator("article figure img").first();
  const [w, h] = [Number(await img0.getAttribute("width")), Number(await img0.getAttribute("height"))];
  expect(Math.abs(box.width / box.height - w / h)).toBeLessThan(0.05);
  await expect(page.locator("article figure img").first()).toBeHidden();

  const picture = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith("/media/"));
  await placeholder.click();
  await picture;
  const img = page.locator("article figure img").first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await expect(placeholder).toBeHidden();
});

test("省流量 on: the homepage and the news lists fetch no thumbnails", async ({ page }) => {
  await choose(page, "on");
  const requested = pictureRequests(page);
  for (const path of ["/", "/news", "/photos", "/video"]) {
    await page.goto(path);
    await settled(page);
    await expect(page.locator("main img.saver-img").first()).toBeHidden();
  }
  expect(requested).toEqual([]);
});

test("省流量 on: a video page fetches no poster, and the player still plays on tap", async ({ page }) => {
  // Found without opening the list, whose pictures would still be loading when the next page starts.
  const href = /href="(\/video\/\d+)"/.exec(await (await page.request.get("/video/video")).text())?.[1];
  await choose(page, "on");
  const requested = pictureRequests(page);
  // The clip itself (its subtitles, a small text file of a default track, may load).
  const isClip = (url: string) => {
    const { pathname } = new URL(url);
    return pathname.startsWith("/media/av/") && !pathname.endsWith(".vtt");
  };
  const media: string[] = [];
  page.on("request", (r) => {
    if (isClip(r.url())) media.push(r.url());
  });
  await page.goto(href!);
  await settled(page);
  const video = page.locator("main video");
  await expect(video).toHaveAttribute("preload", "none");
  await expect(video).not.toHaveAttribute("poster", /.*/);
  expect(requested).toEqual([]);
  expect(media).toEqual([]);

  // Pressing play asks for the file (whether this Chromium can decode it is video.spec.ts's business).
  const file = page.waitForRequest((r) => isClip(r.url()));
  await video.evaluate((v: HTMLVideoElement) => void v.play().catch(() => undefined));
  await file;
});

test("省流量 off: pictures, thumbnails and the poster load as before", async ({ page }) => {
  const url = await articleWithCover(page);
  await choose(page, "off");
  await page.goto(url);
  await expect(page.locator("html")).not.toHaveAttribute("data-saver", /.*/);
  const img = page.locator("article figure img").first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await expect(cover(page).getByRole("button")).toBeHidden();

  await page.goto("/news");
  const thumb = page.locator("main img.saver-img").first();
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

  await page.goto("/video/video");
  await page.locator("main li a:has(h2)").first().click();
  await expect(page.locator("main video")).toHaveAttribute("poster", /^\/media\/.+\.webp$/);
});

test("the switch on /app is kept across reloads and applies at once", async ({ page }) => {
  const url = await articleWithCover(page);
  await page.goto("/app");
  const group = page.getByRole("group", { name: "省流量" });
  await expect(group.getByRole("button", { name: "自动" })).toHaveAttribute("aria-pressed", "true");
  await group.getByRole("button", { name: "开" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-saver", "on");
  await expect(page.getByRole("main").getByText("省流量已开启：图片点按后才加载。")).toBeVisible();

  await page.reload();
  await expect(group.getByRole("button", { name: "开" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-saver", "on");
  await page.goto(url);
  await expect(cover(page).getByRole("button")).toBeVisible();

  // Also in the header's 长辈模式 menu on every page.
  await page.getByText("长辈模式", { exact: true }).click();
  const headerSwitch = page.getByRole("banner").getByRole("group", { name: "省流量" });
  // Pressed only once hydrated: a click before that would go nowhere.
  await expect(headerSwitch.getByRole("button", { name: "开" })).toHaveAttribute("aria-pressed", "true");
  await headerSwitch.getByRole("button", { name: "关" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-saver", /.*/);
  await expect(page.locator("article figure img").first()).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).not.toHaveAttribute("data-saver", /.*/);
});

for (const [connection, on] of [
  [{ saveData: true, effectiveType: "4g" }, true],
  [{ saveData: false, effectiveType: "2g" }, true],
  [{ saveData: false, effectiveType: "4g" }, false],
] as const) {
  test(`自动 with saveData ${connection.saveData} on ${connection.effectiveType}: 省流量 ${on ? "on" : "off"}, unless chosen otherwise`, async ({ page }) => {
    const url = await articleWithCover(page);
    await emulateConnection(page, connection);
    const requested = pictureRequests(page);
    await page.goto(url);
    await settled(page);
    if (on) {
      await expect(page.locator("html")).toHaveAttribute("data-saver", "on");
      await expect(cover(page).getByRole("button")).toBeVisible();
      expect(requested).toEqual([]);
    } else {
      await expect(page.locator("html")).not.toHaveAttribute("data-saver", /.*/);
      expect(requested.length).toBeGreaterThan(0);
    }
    // A choice of 开 or 关 overrides what the connection says.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, on ? "off" : "on"]);
    await page.reload();
    if (on) await expect(page.locator("html")).not.toHaveAttribute("data-saver", /.*/);
    else await expect(page.locator("html")).toHaveAttribute("data-saver", "on");
  });
}

test("省流量 on: the service worker pre-downloads nothing, and 收藏 still reads offline", async ({ page, context }) => {
  const url = await articleWithCover(page);
  await choose(page, "on");
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.scriptURL ?? ""))).toMatch(/\/sw\.js\?saver=1$/);
  const precached = await page.evaluate(async () => {
    let count = 0;
    for (const name of await caches.keys()) if (name.includes("precache")) count += (await (await caches.open(name)).keys()).length;
    return count;
  });
  expect(precached).toBe(0);

  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await page.getByRole("button", { name: "收藏", exact: true }).click();
  await expect(page.getByText("已保存，可离线阅读")).toBeVisible();
  await page.evaluate(() => caches.delete("qdn-pages"));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await context.setOffline(false);
});
