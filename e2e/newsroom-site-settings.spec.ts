import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { authState } from "./support";

// 网站设置 as an admin uses them: the site's public address (absolute links
// in cached pages, feeds and sitemaps), and the footer's contact lines and
// registrations. The server runs without SITE_URL (scripts/e2e-server.mjs),
// on a port other than 3000, so the fallback to localhost:$PORT shows too.
test.use({ storageState: authState("admin") });
test.describe.configure({ mode: "serial" });

const PUBLIC = "https://news.qdn.example";

async function saveSettings(page: Page, fields: Record<string, string>) {
  await page.goto("/newsroom/settings");
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("网站设置已保存，各页面已更新")).toBeVisible();
}

/** An article's id from the homepage (a page prerendered at build time). */
async function someArticlePath(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  return html.match(/href="(\/article\/\d+)"/)![1];
}

async function absoluteLinksOf(request: APIRequestContext, articlePath: string) {
  const article = await (await request.get(articlePath)).text();
  const [rss, sitemapIndex, robots, subscribe] = await Promise.all(
    ["/rss.xml", "/sitemap-index.xml", "/robots.txt", "/subscribe"].map(async (p) => (await request.get(p)).text()),
  );
  return {
    canonical: article.match(/<link rel="canonical" href="([^"]+)"/)?.[1],
    ogUrl: article.match(/<meta property="og:url" content="([^"]+)"/)?.[1],
    jsonLd: JSON.parse(article.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]).mainEntityOfPage?.["@id"] as string | undefined,
    feedAlternate: article.match(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/)?.[1],
    rss,
    sitemapIndex,
    robots,
    subscribe,
  };
}

test("absolute links carry 网站地址, else localhost on the server's own port", async ({ page, request, baseURL }) => {
  const articlePath = await someArticlePath(request);
  const port = new URL(baseURL!).port;
  try {
    await saveSettings(page, { 网站地址: `${PUBLIC}/` });
    const set = await absoluteLinksOf(request, articlePath);
    expect(set.canonical).toBe(`${PUBLIC}${articlePath}`);
    expect(set.ogUrl).toBe(`${PUBLIC}${articlePath}`);
    expect(set.jsonLd).toBe(`${PUBLIC}${articlePath}`);
    expect(set.feedAlternate).toMatch(new RegExp(`^${PUBLIC}/news/[a-z]+/rss\\.xml$`));
    expect(set.rss).toContain(`<link>${PUBLIC}/</link>`);
    expect(set.rss).toContain(`<link>${PUBLIC}/article/`);
    expect(set.sitemapIndex).toContain(`<loc>${PUBLIC}/sitemap/0.xml</loc>`);
    expect(set.robots).toContain(`Sitemap: ${PUBLIC}/sitemap-index.xml`);
    expect(set.subscribe).toContain(`${PUBLIC}/rss.xml`);

    await saveSettings(page, { 网站地址: "" });
    const fallback = await absoluteLinksOf(request, articlePath);
    expect(port).not.toBe("3000");
    expect(fallback.canonical).toBe(`http://localhost:${port}${articlePath}`);
    expect(fallback.rss).toContain(`<link>http://localhost:${port}/</link>`);
    expect(fallback.sitemapIndex).toContain(`http://localhost:${port}/sitemap/0.xml`);
  } finally {
    await saveSettings(page, { 网站地址: baseURL! });
  }
  await page.getByLabel("网站地址", { exact: true }).fill("not an address");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("网站地址须为 http:// 或 https:// 开头的完整地址")).toBeVisible();
});

test("复制链接 and 分享 give the address the reader is on, not the configured one", async ({ browser, baseURL }) => {
  const admin = await browser.newPage({ storageState: authState("admin") });
  await saveSettings(admin, { 网站地址: PUBLIC });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    // Desktop Linux Chromium has no Web Share API: stand in for the phone's share sheet and record what it is given.
    await context.addInitScript(() => {
      const w = window as unknown as { shared: unknown[] };
      w.shared = [];
      Object.defineProperty(navigator, "share", { value: async (data: unknown) => void w.shared.push(data), configurable: true });
    });
    const page = await context.newPage();
    const articlePath = await someArticlePath(page.request);
    await page.goto(articlePath);
    // 分享给好友 exists only once the page is hydrated; a click before that would do nothing.
    await expect(page.getByRole("button", { name: "分享给好友" })).toBeVisible();
    await page.getByRole("button", { name: "复制链接" }).click();
    await expect(page.getByText("链接已复制")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${articlePath}`);
    await page.getByRole("button", { name: "分享给好友" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared.map((s) => s.url))).toEqual([`${baseURL}${articlePath}`]);
    expect(await page.getByRole("link", { name: "微博" }).getAttribute("href")).toContain(encodeURIComponent(`${baseURL}${articlePath}`));
  } finally {
    await context.close();
    await saveSettings(admin, { 网站地址: baseURL! });
    await admin.close();
  }
});

test("footer registrations and reporting lines are settings, linked to their registries, shown only when set", async ({ page, browser }) => {
  const stamp = String(Date.now()).slice(-6);
  const icp = `黔ICP备${stamp}号-1`;
  const police = `黔公网安备52260102${stamp}号`;
  await saveSettings(page, {
    ICP备案号: icp,
    公安机关备案号: police,
    互联网新闻信息服务许可证编号: `522020${stamp}`,
    违法和不良信息举报电话: "0855-8123456",
    违法和不良信息举报邮箱: "jubao@qdn.example",
  });
  // Within a second of the save, a cached page has it.
  await expect.poll(async () => (await page.request.get("/news")).text(), { timeout: 1_000 }).toContain(icp);
  // No service worker: this checks the server's cache, and a worker under load may answer from its own copy.
  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] }, serviceWorkers: "block" });
  for (const width of [360, 1280]) {
    await reader.setViewportSize({ width, height: 800 });
    await reader.goto("/news");
    const footer = reader.locator("footer");
    await expect(footer.getByRole("link", { name: icp })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
    await expect(footer.getByRole("link", { name: police })).toHaveAttribute("href", `https://beian.mps.gov.cn/#/query/webSearch?code=52260102${stamp}`);
    await expect(footer.getByText(`互联网新闻信息服务许可证：522020${stamp}`)).toBeVisible();
    await expect(footer.getByRole("link", { name: /12377/ })).toHaveAttribute("href", "https://www.12377.cn/");
    await expect(footer.getByRole("link", { name: "电话：0855-8123456" })).toHaveAttribute("href", "tel:08558123456");
  }

  await saveSettings(page, { ICP备案号: "", 公安机关备案号: "", 互联网新闻信息服务许可证编号: "", 违法和不良信息举报电话: "", 违法和不良信息举报邮箱: "" });
  await reader.goto("/news");
  const footer = reader.locator("footer");
  await expect(footer.getByText("违法和不良信息举报")).toHaveCount(0);
  await expect(footer.getByText(/ICP备|公网安备|许可证/)).toHaveCount(0);
  await reader.close();
});

test("关于我们 is written in 网站设置 and reaches the cached page within a second", async ({ page, request }) => {
  const line = `本网简介${Date.now()}`;
  await page.goto("/newsroom/settings");
  const editor = page.locator('[aria-labelledby="aboutHtml-label"][contenteditable="true"]');
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(line);
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("网站设置已保存，各页面已更新")).toBeVisible();
  await expect.poll(async () => (await request.get("/about")).text(), { timeout: 1_000 }).toContain(line);
  const home = await (await request.get("/")).text();
  expect(home).toContain('href="/about"');
  expect(home).toContain('href="/contact"');
});

test("值班 contact is a QQ number, a 微信 id or a phone number; a phone number is a tel: link", async ({ page, browser }) => {
  const setDuty = async (kind: string, value: string) => {
    await page.goto("/newsroom/settings");
    await page.getByLabel("值班联系方式", { exact: true }).selectOption({ label: kind });
    await page.getByLabel("值班号码", { exact: true }).fill(value);
    await page.getByRole("button", { name: "保存设置" }).click();
  };
  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] }, serviceWorkers: "block" });
  try {
    await setDuty("微信", "12345678");
    await expect(page.getByText("微信号须为6到20位字母、数字、下划线或减号，以字母开头")).toBeVisible();
    await setDuty("电话", "0855-8221234");
    await expect(page.getByText("网站设置已保存，各页面已更新")).toBeVisible();
    const article = (await (await reader.request.get("/")).text()).match(/href="(\/article\/\d+)"/)![1];
    await reader.goto(article);
    await expect(reader.getByRole("link", { name: "0855-8221234" }).first()).toHaveAttribute("href", "tel:08558221234");
    await expect(reader.getByText("值班电话：").first()).toBeVisible();
    await expect(reader.getByText("值班QQ")).toHaveCount(0);

    await setDuty("微信", "qdn_zhiban");
    await expect(page.getByText("网站设置已保存，各页面已更新")).toBeVisible();
    await reader.goto(article);
    await expect(reader.getByText("值班微信：qdn_zhiban").first()).toBeVisible();
    await expect(reader.getByRole("link", { name: "qdn_zhiban" })).toHaveCount(0);
  } finally {
    await setDuty("QQ", "00000000");
    await expect(page.getByText("网站设置已保存，各页面已更新")).toBeVisible();
    await reader.close();
  }
});
