import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";

// The reader's rough edges, at a phone width and a desktop width (the phone
// and desktop projects): no layout shift while a page loads, the channel bar
// marks where the reader is, the bars show that they scroll, headings never
// skip a level, and tap targets are at least 44×44 px.

/** Ids and paths found on the running site (the demo content differs per seed). */
async function samplePaths(request: APIRequestContext) {
  const first = async (path: string, pattern: RegExp) => (await (await request.get(path)).text()).match(pattern)?.[1];
  const news = await (await request.get("/news")).text();
  const lastPage = Math.max(...[...news.matchAll(/\/news\/page\/(\d+)/g)].map((m) => Number(m[1])));
  const oldest = [...(await (await request.get(`/news/page/${lastPage}`)).text()).matchAll(/href="(\/article\/\d+)"/g)].map((m) => m[1]);
  return {
    article: (await first("/news/xianshi", /href="(\/article\/\d+)"/))!,
    oldest,
    photoSet: (await first("/photos", /href="(\/photos\/\d+)"/))!,
    media: (await first("/video", /href="(\/video\/\d+)"/))!,
    topic: (await first("/topics", /href="(\/topics\/[a-z-]+)"/))!,
    job: (await first("/jobs", /href="(\/jobs\/\d+)"/))!,
  };
}

/** Cumulative layout shift of a page load, as the browser reports it (PerformanceObserver, layout-shift entries). */
async function layoutShiftOf(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: "load" });
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(400);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

test.describe("layout shift", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
  });

  test("CLS stays at or below 0.02 on every public page", async ({ page, request }, info) => {
    test.setTimeout(180_000);
    const p = await samplePaths(request);
    // An old article nobody has opened yet in this run: rendered on this request, not from the cache.
    const uncached = p.oldest[info.project.name === "phone" ? 0 : 1] ?? p.oldest[0];
    const paths = [
      "/",
      "/news",
      "/news/xianshi",
      "/news/page/2",
      p.article,
      uncached,
      "/photos",
      p.photoSet,
      "/video",
      p.media,
      "/topics",
      p.topic,
      "/jobs",
      p.job,
      "/jobs/post",
      "/subscribe",
      "/app",
      "/favorites",
      "/contribute",
      "/search?q=凯里",
      "/about",
      "/contact",
    ];
    const shifts: Record<string, number> = {};
    for (const path of paths) shifts[path] = Math.round((await layoutShiftOf(page, path)) * 1000) / 1000;
    console.log(`CLS (${info.project.name}): ${JSON.stringify(shifts)}`);
    for (const [path, cls] of Object.entries(shifts)) expect(cls, `${path} 的 CLS`).toBeLessThanOrEqual(0.02);
  });
});

test("the channel and section bars mark the section of the article being read", async ({ page, request }) => {
  const p = await samplePaths(request);
  await page.goto(p.article);
  await expect(page.getByRole("navigation", { name: "频道" }).locator('[aria-current="page"]')).toHaveText("新闻中心");
  await expect(page.getByRole("navigation", { name: "新闻栏目" }).locator('[aria-current="page"]')).toHaveText("县市");
  // Client-side navigation to another section's article moves the mark.
  await page.goto("/news/zonghe");
  await page.locator("main li h2 a").first().click();
  await expect(page).toHaveURL(/\/article\/\d+$/);
  await expect(page.getByRole("navigation", { name: "新闻栏目" }).locator('[aria-current="page"]')).toHaveText("综合");
});

test("bars too wide for the screen show that they scroll", async ({ page }) => {
  await page.goto("/news");
  for (const name of ["频道", "新闻栏目"]) {
    const nav = page.getByRole("navigation", { name });
    const row = nav.locator("ul");
    const overflows = await row.evaluate((ul) => ul.scrollWidth > ul.clientWidth + 1);
    const hint = nav.locator("[data-scroll-hint]");
    if (overflows) {
      await expect(hint, `${name}栏可横向滚动时有提示`).toBeVisible();
      const box = (await hint.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(16);
      // Scrolled to the end, the hint goes away and the last entry is fully readable.
      await row.evaluate((ul) => ul.scrollTo({ left: ul.scrollWidth }));
      await expect(hint).toBeHidden();
    } else {
      await expect(hint).toBeHidden();
    }
  }
});

test("headings never skip a level on list and article pages", async ({ page, request }) => {
  const p = await samplePaths(request);
  for (const path of ["/", "/news", "/news/xianshi", p.article, "/photos", p.photoSet, "/video", p.media, "/topics", p.topic, "/jobs", p.job, "/search?q=凯里", "/subscribe", "/app"]) {
    await page.goto(path);
    const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    expect(levels[0], `${path} 以 h1 开头`).toBe(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]}→h${level}`] : []));
    expect(skips, `${path} 的标题层级`).toEqual([]);
  }
});

test("tap targets are at least 44×44 px", async ({ page, request }) => {
  const p = await samplePaths(request);
  const checks: [string, string][] = [
    ["/news/xianshi", "main li h2 a"],
    ["/news/xianshi", 'nav[aria-label="分页"] a'],
    ["/search?q=凯里", "main li h2 a"],
    ["/jobs", "main li h2 a"],
    [p.article, "footer a"],
    [p.article, "main article a:not(.article-body a)"],
  ];
  for (const [path, selector] of checks) {
    await page.goto(path);
    const small = await page.locator(selector).evaluateAll((links) =>
      links
        .filter((a) => (a as HTMLElement).offsetParent !== null)
        .map((a) => ({ text: (a.textContent ?? "").trim().slice(0, 20), ...(({ width, height }) => ({ width, height }))(a.getBoundingClientRect()) }))
        .filter((r) => r.width < 44 || r.height < 44)
        .map((r) => `${r.text} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(await page.locator(selector).count(), `${path} ${selector}`).toBeGreaterThan(0);
    expect(small, `${path} ${selector}`).toEqual([]);
  }
});

test("订阅 and the APP page show a QR code of their address, and a share button", async ({ page, baseURL }) => {
  for (const path of ["/subscribe", "/app"]) {
    await page.goto(path);
    const qr = page.getByRole("img", { name: /二维码/ });
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute("aria-label", new RegExp(`${baseURL}${path}`));
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(120);
    // What a phone's camera would read: the picture on screen, decoded.
    const { data, info } = await sharp(await qr.screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`${baseURL}${path}`);
    await expect(page.getByRole("button", { name: "复制链接" })).toBeVisible();
  }
});
