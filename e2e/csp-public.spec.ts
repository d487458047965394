import { expect, test } from "@playwright/test";
import { expectNoCspViolations, watchCsp, watchCspReports } from "./csp-watch";

// The public pages under their cacheable, nonce-free policy: the headers are
// there, and nothing the pages themselves do (scripts, pictures, players,
// forms, the service worker) is refused by it.

test("public pages send the security headers and stay cacheable", async ({ request }) => {
  const response = await request.get("/news");
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'", "img-src 'self' data: blob:", "report-uri /api/csp-report"]) {
    expect(csp, directive).toContain(directive);
  }
  expect(csp).not.toContain("nonce-");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["reporting-endpoints"]).toBe('csp="/api/csp-report"');
  expect(headers["x-nextjs-cache"]).toMatch(/HIT|STALE|MISS/);
  // Served over plain http here: no HSTS (it would lock readers out).
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("no page a reader opens breaks the policy, and the service worker registers", async ({ page }) => {
  const violations = await watchCsp(page);
  const reported = watchCspReports();
  const firstLink = async (list: string, pattern: RegExp) => {
    await page.goto(list);
    const hrefs = await page.locator("main a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const href = hrefs.find((h) => pattern.test(h));
    expect(href, `${list} 中的链接`).toBeTruthy();
    return href!;
  };
  const article = await firstLink("/news", /^\/article\/\d+$/);
  const photoSet = await firstLink("/photos", /^\/photos\/\d+$/);
  const clip = await firstLink("/video", /^\/video\/\d+$/);

  for (const path of ["/", article, "/photos", photoSet, "/video", clip, "/search?q=凯里", "/contribute", "/jobs/post", "/subscribe", "/app", "/topics"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    await expectNoCspViolations(page, violations, path);
  }
  // The worker registers after `load` and takes control: Serwist's script is allowed by the policy.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toMatch(/\/$/);
  // Pictures load under the policy: the photo set's first picture is drawn.
  await page.goto(photoSet);
  const picture = page.locator("main img").first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectNoCspViolations(page, violations, photoSet);
  // Nothing reached the report endpoint either (a planted probe proves reports do arrive).
  await reported(page, "读者页面");
});

test("the policy really refuses scripts from elsewhere and plugins", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/news");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.src = "https://evil.example/steal.js";
    document.body.append(s);
    const o = document.createElement("object");
    o.data = "https://evil.example/x.swf";
    document.body.append(o);
  });
  // Chromium reports each refusal on its own schedule: wait for both.
  await expect.poll(async () => (await violations()).join("\n")).toMatch(/script-src/);
  await expect.poll(async () => (await violations()).join("\n")).toMatch(/object-src/);
});

test("a server action posted from another site gets a clean 403 in Chinese, not a 500", async ({ request }) => {
  const response = await request.post("/contribute", {
    headers: { "next-action": "0".repeat(42), origin: "https://evil.example" },
    multipart: { name: "x" },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toBe("请求来源不是本站，已拒绝。");
});
