import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./support";

// 新闻推送 on /subscribe in a real Chromium against the production build: the
// sections to choose from, and what the page says in each state this browser
// can reach. Delivery, encryption and the server's checks are covered by
// lib/push/send-article-push.test.ts and test/push-subscription-route.test.ts.

function pushRegion(page: Page) {
  return page.getByRole("region", { name: "新闻推送" });
}

test("/subscribe offers push by section and by ongoing 专题, once it has checked the browser", async ({ page }) => {
  await page.goto("/subscribe");
  const push = pushRegion(page);
  await expect(push.getByRole("button", { name: "开启推送" })).toBeVisible();
  await expect(push.getByText("正在检查浏览器是否支持推送")).toHaveCount(0);
  const choices = push.getByRole("group", { name: "推送哪些栏目（都不选＝全部栏目）" });
  for (const name of ["全州", "时政", "领导", "县市", "综合", "发布", "视听", "行业"]) {
    await expect(choices.getByRole("checkbox", { name })).not.toBeChecked();
  }
  const topics = push.getByRole("group", { name: "另外推送这些专题的新文章" });
  for (const name of ["欢度苗年", "乡村振兴看黔东南"]) await expect(topics.getByRole("checkbox", { name })).not.toBeChecked();
  // An ended topic gets nothing new: not offered.
  await expect(topics.getByRole("checkbox", { name: "平安黔东南" })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});

test("the sections and topics the reader follows (关注) are ticked to start with", async ({ page }) => {
  await page.addInitScript(() => {
    const followedAt = new Date().toISOString();
    localStorage.setItem(
      "qdn:follows:v1",
      JSON.stringify([
        { kind: "section", slug: "xianshi", name: "县市", followedAt },
        { kind: "topic", slug: "miaonian", name: "欢度苗年", followedAt },
        { kind: "topic", slug: "no-such-topic", name: "某专题", followedAt },
      ]),
    );
  });
  await page.goto("/subscribe");
  const choices = pushRegion(page).getByRole("group", { name: "推送哪些栏目（都不选＝全部栏目）" });
  await expect(choices.getByRole("checkbox", { name: "县市" })).toBeChecked();
  await expect(choices.getByRole("checkbox", { name: "全州" })).not.toBeChecked();
  const topics = pushRegion(page).getByRole("group", { name: "另外推送这些专题的新文章" });
  await expect(topics.getByRole("checkbox", { name: "欢度苗年" })).toBeChecked();
  await expect(topics.getByRole("checkbox", { name: "乡村振兴看黔东南" })).not.toBeChecked();
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

test("refusing notifications shows how to allow them again", async ({ page }) => {
  // Headless Chromium answers the permission request with "denied", as a reader who taps 禁止 does.
  await page.goto("/subscribe");
  const push = pushRegion(page);
  await push.getByRole("button", { name: "开启推送" }).click();
  await expect(push.getByText("已拒绝通知权限")).toBeVisible();
  await expect(push.getByText(/把「通知」改为「允许」，然后刷新本页/)).toBeVisible();
  await expect(push.getByRole("button", { name: "开启推送" })).toHaveCount(0);
});

test("with notifications allowed, a browser that cannot subscribe is told so and can try again", async ({ page, context, baseURL }) => {
  // Playwright's contexts are incognito, where Chrome refuses the Push API
  // (and a normal profile could not reach Google's push service from here).
  await context.grantPermissions(["notifications"], { origin: baseURL });
  await page.goto("/subscribe");
  const push = pushRegion(page);
  await push.getByRole("checkbox", { name: "县市" }).check();
  await push.getByRole("button", { name: "开启推送" }).click();
  await expect(push.getByText(/浏览器的推送服务暂时无法连接/)).toBeVisible();
  await expect(push.getByRole("button", { name: "开启推送" })).toBeEnabled();
  await expect(push.getByRole("checkbox", { name: "县市" })).toBeChecked();
  // It registered the site's own service worker on the way.
  const script = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.scriptURL ?? null);
  expect(script).toBe(`${baseURL}/sw.js`);
});

test("the service worker shows a pushed article as a notification in Chinese", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["notifications"], { origin: baseURL });
  await page.goto("/subscribe");
  await page.evaluate(async () => {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
  });
  // DevTools hands the worker a push message, as the browser does with one from the push service.
  const cdp = await context.newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string }[] = [];
  cdp.on("ServiceWorker.workerRegistrationUpdated", (event) => registrations.push(...event.registrations));
  await cdp.send("ServiceWorker.enable");
  await expect.poll(() => registrations.some((r) => r.scopeURL === `${baseURL}/`)).toBe(true);
  const registrationId = registrations.find((r) => r.scopeURL === `${baseURL}/`)!.registrationId;
  const shown = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, icon: n.icon, data: n.data })),
    );

  const message = { title: "凯里发布暴雨橙色预警", body: "请市民减少外出。", url: `${baseURL}/article/5`, tag: "article-5", icon: "/icons/icon-192.png" };
  // DevTools drops a message handed over while the worker is still starting on a
  // busy machine; a push service redelivers, and so does this test: a
  // notification with the same tag replaces the earlier one.
  const deliver = (data: object) =>
    cdp.send("ServiceWorker.deliverPushMessage", { origin: baseURL!, registrationId, data: JSON.stringify(data) });

  await expect(async () => {
    await deliver(message);
    await expect.poll(shown, { timeout: 5_000 }).toEqual([
      { title: message.title, body: message.body, tag: "article-5", icon: `${baseURL}/icons/icon-192.png`, data: { url: message.url } },
    ]);
  }).toPass({ timeout: 30_000 });

  // A message without text still shows something readable, and never links off the site.
  await expect(async () => {
    await deliver({ url: "https://evil.example/" });
    await expect
      .poll(async () => (await shown()).find((n) => n.tag === "qdn-news"), { timeout: 5_000 })
      .toMatchObject({ title: "黔东南信息港", data: { url: `${baseURL}/` } });
  }).toPass({ timeout: 30_000 });
});

// Not tested here: a real subscription in the browser. Chromium subscribes only
// through Google's push service (FCM), which this machine cannot reach, and
// refuses push in Playwright's incognito contexts; the same requests are
// tested against the route in test/push-subscription-route.test.ts.

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
