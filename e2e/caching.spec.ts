import { expect, test } from "@playwright/test";

// Public pages come from Next's cache (ISR): the second request of a page is
// a cache hit, with a shared-cache lifetime in Cache-Control.
test.describe("served from cache", () => {
  for (const path of ["/", "/news", "/news/xianshi", "/news/xianshi/page/2"]) {
    test(`${path} is an ISR page`, async ({ request }) => {
      await request.get(path);
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
      expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    });
  }

  test("an old article renders on first request and is cached from then on", async ({ request, page }) => {
    await page.goto("/news/page/7");
    const href = await page.locator("main li h2 a").last().getAttribute("href");
    expect(href).toMatch(/^\/article\/\d+$/);
    await request.get(href!);
    const second = await request.get(href!);
    expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  });

  test("article pictures are served with a year-long cache", async ({ request, page }) => {
    await page.goto("/");
    const src = await page.locator("main img").first().getAttribute("src");
    expect(src).toMatch(/^\/media\//);
    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["cache-control"]).toContain("max-age=31536000");
  });
});
