import { type APIRequestContext, type Page, expect, test } from "@playwright/test";

// RSS feeds, sitemaps and robots.txt: what feed readers and crawlers fetch.
// Runs in the "http" project (the name ends in caching.spec.ts). XML is
// checked with the browser's own parser, so a stray "&" or "<" fails here.

type ParsedXml = { error: string | null; root: string; texts: Record<string, string[]>; attrs: Record<string, string[]> };

/**
 * Parses XML in the page with DOMParser and returns, for each requested
 * element name (namespace prefixes included), the text of every match, and
 * for "name@attr" the attribute values.
 */
async function parseXml(page: Page, xml: string, names: string[]): Promise<ParsedXml> {
  return page.evaluate(
    ({ xml, names }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      const texts: Record<string, string[]> = {};
      const attrs: Record<string, string[]> = {};
      for (const name of names) {
        const [tag, attr] = name.split("@");
        const elements = Array.from(doc.getElementsByTagName(tag));
        if (attr) attrs[name] = elements.map((e) => e.getAttribute(attr) ?? "");
        else texts[name] = elements.map((e) => e.textContent ?? "");
      }
      return { error: error ? (error.textContent ?? "parsererror") : null, root: doc.documentElement.nodeName, texts, attrs };
    },
    { xml, names },
  );
}

async function fetchText(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toMatch(contentType);
  return response.text();
}

function articleUrl(baseURL: string | undefined): RegExp {
  return new RegExp(`^${(baseURL ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/article/\\d+$`);
}

const RSS = /^application\/rss\+xml; charset=utf-8$/;
const XML = /^application\/xml/;
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

test.describe("RSS", () => {
  test("the site feed is well-formed RSS 2.0 with absolute links that resolve", async ({ page, request, baseURL }) => {
    const xml = await fetchText(request, "/rss.xml", RSS);
    const feed = await parseXml(page, xml, ["item", "link", "guid", "pubDate", "category", "language", "atom:link@href", "guid@isPermaLink"]);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe("rss");
    expect(feed.texts.language).toEqual(["zh-cn"]);
    expect(feed.attrs["atom:link@href"]).toEqual([`${baseURL}/rss.xml`]);
    const items = feed.texts.item.length;
    expect(items).toBeGreaterThanOrEqual(20);
    expect(items).toBeLessThanOrEqual(50);
    // The channel's <link> first, then one per item.
    const links = feed.texts.link.slice(1);
    expect(links).toHaveLength(items);
    for (const link of links) expect(link).toMatch(articleUrl(baseURL));
    expect(feed.texts.guid).toEqual(links);
    expect(new Set(feed.attrs["guid@isPermaLink"])).toEqual(new Set(["true"]));
    for (const date of feed.texts.pubDate) expect(date).toMatch(RFC822);
    const times = feed.texts.pubDate.map((d) => Date.parse(d));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feed.texts.category).toHaveLength(items);
    for (const link of links.slice(0, 2)) expect((await request.get(link)).status(), link).toBe(200);
  });

  test("a section feed holds that section only", async ({ page, request, baseURL }) => {
    const xml = await fetchText(request, "/news/xianshi/rss.xml", RSS);
    const feed = await parseXml(page, xml, ["item", "link", "category"]);
    expect(feed.error).toBeNull();
    expect(feed.texts.link[0]).toBe(`${baseURL}/news/xianshi`);
    expect(feed.texts.item.length).toBeGreaterThan(0);
    expect(new Set(feed.texts.category)).toEqual(new Set(["县市"]));
  });

  test("an unknown section's feed is a 404", async ({ request }) => {
    const response = await request.get("/news/no-such-section/rss.xml");
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("栏目不存在");
  });

  for (const path of ["/rss.xml", "/news/xianshi/rss.xml"]) {
    test(`${path} is served from the cache`, async ({ request }) => {
      await request.get(path);
      const response = await request.get(path);
      expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    });
  }
});

test.describe("sitemaps and robots.txt", () => {
  test("the sitemap index lists numbered sitemaps that list the articles", async ({ page, request, baseURL }) => {
    const index = await parseXml(page, await fetchText(request, "/sitemap-index.xml", XML), ["sitemap", "loc"]);
    expect(index.error).toBeNull();
    expect(index.root).toBe("sitemapindex");
    expect(index.texts.loc[0]).toBe(`${baseURL}/sitemap/0.xml`);
    const first = await parseXml(page, await fetchText(request, new URL(index.texts.loc[0]).pathname, XML), ["loc", "lastmod"]);
    expect(first.error).toBeNull();
    expect(first.root).toBe("urlset");
    expect(first.texts.loc).toContain(`${baseURL}/`);
    expect(first.texts.loc).toContain(`${baseURL}/news/xianshi`);
    const articles = first.texts.loc.filter((loc) => /\/article\/\d+$/.test(loc));
    expect(articles.length).toBeGreaterThanOrEqual(100);
    expect(first.texts.lastmod.length).toBeGreaterThanOrEqual(articles.length);
  });

  test("the news sitemap has Google News entries", async ({ page, request, baseURL }) => {
    const xml = await fetchText(request, "/news-sitemap.xml", XML);
    const news = await parseXml(page, xml, ["loc", "news:publication", "news:name", "news:publication_date", "news:title"]);
    expect(news.error).toBeNull();
    expect(news.texts["news:publication"].length).toBeGreaterThan(0);
    expect(news.texts["news:publication"].length).toBeLessThanOrEqual(1000);
    expect(new Set(news.texts["news:name"])).toEqual(new Set(["黔东南信息港"]));
    for (const date of news.texts["news:publication_date"]) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    for (const loc of news.texts.loc) expect(loc).toMatch(articleUrl(baseURL));
  });

  test("robots.txt keeps crawlers out of the newsroom and names the sitemaps", async ({ request, baseURL }) => {
    const text = await fetchText(request, "/robots.txt", /^text\/plain/);
    expect(text).toMatch(/^Disallow: \/newsroom$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap-index.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  });
});

test("/subscribe lists the site feed, every section's feed and the channels' feeds", async ({ page, baseURL }) => {
  await page.goto("/subscribe");
  await expect(page.getByRole("heading", { level: 1, name: "订阅" })).toBeVisible();
  const sectionLinks = await page.locator('nav[aria-label="新闻栏目"] a').evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? "").filter((href) => /^\/news\/[a-z0-9-]+$/.test(href)),
  );
  expect(sectionLinks.length).toBeGreaterThanOrEqual(8);
  const feedLinks = await page.locator("main a[href$='rss.xml']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(feedLinks).toContain(`${baseURL}/rss.xml`);
  for (const href of sectionLinks) expect(feedLinks).toContain(`${baseURL}${href}/rss.xml`);
  for (const channel of ["photos", "video", "jobs"]) {
    expect(feedLinks).toContain(`${baseURL}/${channel}/rss.xml`);
    expect((await page.request.get(`/${channel}/rss.xml`)).headers()["content-type"]).toContain("xml");
  }
  await expect(page.locator("main code", { hasText: `${baseURL}/news/xianshi/rss.xml` })).toBeVisible();
  await expect(page.locator('main a[href="/app"]')).toBeVisible();
});
