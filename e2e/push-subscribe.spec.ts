import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./support";

// 新闻推送 on /subscribe in a real Chromium against the production build: the
// sections to choose from, and what the page says in each state this browser
// can reach. (Headless Chromium here has no route to Google's push service,
// so a subscription ends in the page's "cannot reach the push service" state;
// delivery and decryption are covered by lib/push/send-article-push.test.ts.)

function pushRegion(page: Page) {
  return page.getByRole("region", { name: "新闻推送" });
}

test("/subscribe offers push by section, once it has checked the browser", async ({ page }) => {
  await page.goto("/subscribe");
  const push = pushRegion(page);
  await expect(push.getByRole("button", { name: "开启推送" })).toBeVisible();
  await expect(push.getByText("正在检查浏览器是否支持推送")).toHaveCount(0);
  const choices = push.getByRole("group", { name: "推送哪些栏目（都不选＝全部栏目）" });
  for (const name of ["全州", "时政", "领导", "县市", "综合", "发布", "视听", "行业"]) {
    await expect(choices.getByRole("checkbox", { name })).not.toBeChecked();
  }
  await expectNoHorizontalScroll(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});

test("a browser without push support is told so, with the way for iPhones", async ({ page }) => {
  await page.addInitScript(() => {
    // As in iOS Safari outside a home-screen app: no PushManager at all.
    Reflect.deleteProperty(window, "PushManager");
  });
  await page.goto("/subscribe");
  const push = pushRegion(page);
  await expect(push.getByText("浏览器不支持推送")).toBeVisible();
  await expect(push.getByRole("link", { name: "添加到主屏幕的方法" })).toHaveAttribute("href", "/app");
  await expect(push.getByRole("button", { name: "开启推送" })).toHaveCount(0);
});

test("with notifications allowed, turning push on ends in a clear state", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["notifications"], { origin: baseURL });
  await page.goto("/subscribe");
  const push = pushRegion(page);
  await push.getByRole("checkbox", { name: "县市" }).check();
  await push.getByRole("button", { name: "开启推送" }).click();
  const subscribed = push.getByText("已订阅：县市");
  const unreachable = push.getByText(/浏览器的推送服务暂时无法连接/);
  await expect(subscribed.or(unreachable)).toBeVisible({ timeout: 45_000 });
  if (await subscribed.isVisible()) {
    await push.getByRole("button", { name: "取消订阅" }).click();
    await expect(push.getByText("已取消订阅，不会再收到推送。")).toBeVisible();
  } else {
    // Nothing half-done: the reader can try again, choices kept.
    await expect(push.getByRole("button", { name: "开启推送" })).toBeEnabled();
    await expect(push.getByRole("checkbox", { name: "县市" })).toBeChecked();
  }
  // The service worker the page registered is the site's own.
  const script = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.scriptURL ?? null);
  expect(script).toBe(`${baseURL}/sw.js`);
});

test("the push API gives the public key and refuses an endpoint it must not call", async ({ request }) => {
  const key = await request.get("/api/push/key");
  expect(key.status()).toBe(200);
  const { publicKey } = await key.json();
  expect(Buffer.from(publicKey, "base64url")).toHaveLength(65);

  const refused = await request.post("/api/push/subscription", {
    data: { endpoint: "http://127.0.0.1:9/steal", keys: { p256dh: "x", auth: "y" }, sections: [] },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toMatch(/https/);

  // The page stays a cached page: nothing about the reader is read on the server.
  await request.get("/subscribe");
  const page = await request.get("/subscribe");
  expect(page.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});
