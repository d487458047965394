import { expect, test } from "@playwright/test";

// Unknown ids and slugs, malformed and out-of-range page numbers: the 404
// page, in Chinese, never a 500 or a stack trace.
const notFound = [
  "/article/99999999",
  "/article/abc",
  "/article/0",
  "/article/-1",
  "/article/1.5",
  "/article/1e3",
  `/article/${"9".repeat(40)}`,
  "/news/no-such-section",
  "/news/xianshi/page/0",
  "/news/xianshi/page/abc",
  "/news/xianshi/page/99999",
  "/news/page/99999",
  "/news/page/-3",
  "/news/%E6%97%B6%E6%94%BF",
  "/no/such/page",
  "/media/demo/..%2F..%2Fportal.db",
  "/media/not-an-image.txt",
];

test.describe("bad input", () => {
  for (const url of notFound) {
    test(`404 for ${url}`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      const body = await response.text();
      expect(body).not.toMatch(/at \w+ \(|Error:|node_modules/);
      if (!url.startsWith("/media/")) expect(body).toContain("页面不存在");
    });
  }

  test("page 1 has one URL", async ({ request }) => {
    const response = await request.get("/news/xianshi/page/1", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(/\/news\/xianshi$/);
  });

  test("over-long query strings do not break cached pages", async ({ request }) => {
    const long = "x".repeat(6000);
    for (const url of [`/?q=${long}`, `/news/xianshi?page=${long}`, `/article/1?utm=${long}`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBeLessThan(500);
    }
    // Beyond what Node accepts in a request head: a clean 4xx, not a crash.
    const huge = await request.get(`/?q=${"y".repeat(20_000)}`);
    expect(huge.status()).toBeGreaterThanOrEqual(400);
    expect(huge.status()).toBeLessThan(500);
    expect((await request.get("/")).status()).toBe(200);
  });
});
