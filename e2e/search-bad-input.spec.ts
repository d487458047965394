import { expect, test } from "@playwright/test";

// Whatever a reader types into the search box, /search answers 200 with a
// Chinese message, never a 500, and never echoes markup unescaped.
const hostile = ['"', '""', "*", "AND", "NEAR(", "凯里 OR", 'NEAR("凯里" 雷山)', "title:凯里", "(", "%", "'; DROP TABLE Article; --", "\\", "%00"];

test.describe("search with hostile input", () => {
  for (const q of hostile) {
    test(`200 for q=${q}`, async ({ request }) => {
      const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      const body = await response.text();
      expect(body).toMatch(/找到 <strong[^>]*>\d+<\/strong> 条结果|没有找到与|请输入关键词/);
      expect(body).not.toMatch(/at \w+ \(|Error:|node_modules/);
    });
  }

  test("over-long queries are cut with a message", async ({ request }) => {
    const response = await request.get(`/search?q=${encodeURIComponent("黔东南".repeat(300))}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("搜索词过长");
  });

  test("markup in a query comes back escaped", async ({ request }) => {
    const body = await (await request.get(`/search?q=${encodeURIComponent("<script>alert(1)</script>")}`)).text();
    expect(body).not.toContain("<script>alert(1)");
    expect(body).toContain("&lt;script&gt;");
  });

  test("odd parameters fall back to something sensible", async ({ request }) => {
    for (const url of ["/search?q=凯里&q=雷山", "/search?q=凯里&page=abc", "/search?q=凯里&page=999999", "/search?q=凯里&section=../../x", "/search?q=凯里&page=500", "/search?q="]) {
      const response = await request.get(encodeURI(url));
      expect(response.status(), url).toBe(200);
    }
  });

  test("the search page is kept out of search engines", async ({ request }) => {
    const body = await (await request.get("/search?q=凯里")).text();
    expect(body).toMatch(/<meta name="robots" content="noindex, follow"/);
  });
});
