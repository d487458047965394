import { expect, test } from "@playwright/test";

// 黔图汇 at the HTTP level (the "http" project): the news center's rules for
// page numbers and unknown ids, the channel's feed and its sitemap entries.
const notFound = [
  "/photos/99999999",
  "/photos/abc",
  "/photos/0",
  "/photos/-1",
  "/photos/1.5",
  `/photos/${"9".repeat(40)}`,
  "/photos/page/0",
  "/photos/page/abc",
  "/photos/page/99999",
  "/photos/page/-2",
];

for (const url of notFound) {
  test(`404 for ${url}`, async ({ request }) => {
    const response = await request.get(url);
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).not.toMatch(/at \w+ \(|Error:|node_modules/);
    expect(body).toContain("页面不存在");
  });
}

test("/photos/page/1 redirects to /photos", async ({ request }) => {
  const response = await request.get("/photos/page/1", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/photos$/);
});

test("/photos is served from the cache", async ({ request }) => {
  await request.get("/photos");
  const response = await request.get("/photos");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});

test("the channel's RSS feed lists the newest sets, and the sitemap lists them", async ({ request, baseURL }) => {
  const feed = await request.get("/photos/rss.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await feed.text();
  const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
  expect(links[0]).toBe(`${baseURL}/photos`);
  const sets = links.filter((l) => /\/photos\/\d+$/.test(l));
  expect(sets.length).toBeGreaterThanOrEqual(12);

  const sitemap = await (await request.get("/sitemap/0.xml")).text();
  expect(sitemap).toContain(`<loc>${baseURL}/photos</loc>`);
  expect(sitemap).toContain(`<loc>${sets[0]}</loc>`);

  const page = await (await request.get("/photos")).text();
  expect(page).toContain(`${baseURL}/photos/rss.xml`);
});
