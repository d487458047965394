import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./support";

// The installable site: the /app page and the web app manifest. Chromium's
// installability verdict is checked in pwa-installable.spec.ts.

test("/app explains the app and offers installation or says how", async ({ page }) => {
  await page.goto("/app");
  await expect(page).toHaveTitle("黔东南信息港 APP");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("黔东南信息港 APP");
  for (const feature of ["主屏幕一键打开", "收藏文章，离线阅读", "突发新闻推送"]) {
    await expect(page.getByRole("heading", { name: feature })).toBeVisible();
  }

  // Chromium without a kept beforeinstallprompt event shows the browser-menu hint;
  // with one, the install button. Never the placeholder once hydrated.
  const install = page.getByRole("region", { name: "安装到手机" });
  const button = install.getByRole("button", { name: "安装到主屏幕" });
  const hint = install.getByText(/请打开浏览器菜单，选择「安装应用」或「添加到主屏幕」/);
  await expect(button.or(hint).first()).toBeVisible();
  await expect(install.getByText("正在检查这个浏览器能否安装")).toHaveCount(0);
  if (await button.isVisible()) {
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  await expectNoHorizontalScroll(page);

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});

test("/app shows the iOS steps on an iPhone", async ({ browser }) => {
  const context = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/app");
  const steps = page.getByRole("region", { name: "安装到手机" }).getByRole("listitem");
  await expect(steps).toHaveText([/点击底部「分享」按钮/, /选择「添加到主屏幕」/, /点「添加」/]);
  await context.close();
});

test("the pages link the manifest and the icons", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /\/manifest\.webmanifest/);
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /\.png/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /\/icons\/apple-touch-icon\.png/);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#b3131b");
});

test("/manifest.webmanifest describes the app and its icons exist", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "黔东南信息港",
    short_name: "黔东南",
    start_url: "/?source=pwa",
    scope: "/",
    display: "standalone",
    lang: "zh-CN",
    theme_color: "#b3131b",
    background_color: "#ffffff",
  });

  type Icon = { src: string; sizes: string; type: string; purpose?: string };
  const icons: Icon[] = manifest.icons;
  expect(icons.map((i) => [i.sizes, i.purpose ?? "any"])).toEqual(
    expect.arrayContaining([
      ["192x192", "any"],
      ["512x512", "any"],
      ["512x512", "maskable"],
    ]),
  );
  for (const icon of icons) {
    const png = await request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()["content-type"], icon.src).toBe("image/png");
  }

  const shortcuts: { name: string; url: string }[] = manifest.shortcuts;
  expect(shortcuts.map((s) => s.url)).toEqual(["/news", "/news/xianshi", "/news/shizheng", "/favorites"]);
  for (const s of shortcuts) expect((await request.get(s.url)).status(), s.url).toBe(200);
});
