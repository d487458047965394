import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { e2eInfo, expectNoHorizontalScroll } from "./support";

// 黔图汇 as a reader sees it, at a phone and a desktop width.

const slide = (page: Page, n: number) => page.locator(`figure[id="${n}"]`);

/** Touch events through the DevTools protocol: the browser scrolls (and snaps) as for a finger. */
async function swipeLeft(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  const y = Math.round(box.y + box.height / 2);
  const x = Math.round(box.x + box.width * 0.8);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x - Math.round((box.width * 0.6 * i) / 10), y }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** The width of a stored variant from its URL: /media/<key>-<width>.<format>. */
const variantWidth = (url: string) => Number(/-(\d+)\.(?:webp|avif)$/.exec(new URL(url).pathname)?.[1] ?? NaN);

test("/photos grid → a set → keys and thumbnails; each photo has its own URL", async ({ page, browser }) => {
  await page.goto("/photos");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("黔图汇");
  const cards = page.locator("main li").filter({ has: page.locator("h2") });
  await expect(cards).toHaveCount(12);
  await expect(cards.first()).toContainText(/\d+张/);
  await expect(cards.first().locator("time")).toHaveText(/\d{2}-\d{2}/);
  await expectNoHorizontalScroll(page);

  // Page 2 holds the rest (13 sets in the e2e data).
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/\/photos\/page\/2$/);
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "上一页" }).click();
  await expect(page).toHaveURL(/\/photos$/);

  // Open a set of at least four photos.
  const card = cards.filter({ hasText: /(?:[4-9]|1\d)张/ }).first();
  const title = (await card.locator("h2").textContent()) ?? "";
  await card.locator("a").click();
  await expect(page).toHaveURL(/\/photos\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const count = await page.locator("figure[data-slide]").count();
  expect(count).toBeGreaterThanOrEqual(4);
  await expect(slide(page, 1)).toBeInViewport({ ratio: 0.6 });
  await expect(slide(page, 1).locator("figcaption")).toContainText(`1/${count}`);
  await expect(slide(page, 1).locator("figcaption")).toContainText("摄影：");
  await expectNoHorizontalScroll(page);

  // → moves to the next photo; the counter and the address follow.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/#2$/);
  await expect(slide(page, 2)).toBeInViewport({ ratio: 0.6 });
  await expect(slide(page, 1)).not.toBeInViewport();
  await expect(slide(page, 2).locator("figcaption")).toContainText(`2/${count}`);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/#3$/);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/#2$/);

  // The buttons (44 px at least) do the same.
  const next = slide(page, 2).getByRole("link", { name: "下一张" });
  const box = await next.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await next.click();
  await expect(page).toHaveURL(/#3$/);
  await expect(slide(page, 3)).toBeInViewport({ ratio: 0.6 });

  // A thumbnail jumps to its photo.
  const thumbs = page.getByRole("navigation", { name: "缩略图" }).getByRole("link");
  await expect(thumbs).toHaveCount(count);
  await thumbs.nth(count - 1).click();
  await expect(page).toHaveURL(new RegExp(`#${count}$`));
  // The strip shows that photo. (Clicking a thumbnail below the fold scrolls
  // the page first, so the slide's vertical position says nothing here.)
  await expect
    .poll(() => slide(page, count).evaluate((figure) => Math.abs(figure.getBoundingClientRect().left - figure.parentElement!.getBoundingClientRect().left)))
    .toBeLessThan(2);
  await expect(thumbs.nth(count - 1)).toHaveAttribute("aria-current", "true");
  const caption = (await slide(page, count).locator("figcaption p").nth(1).textContent()) ?? "";
  expect(caption.length).toBeGreaterThan(4);

  // That address, opened afresh, shows that photo.
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(slide(fresh, count)).toBeInViewport({ ratio: 0.6 });
  await expect(fresh.getByText(caption, { exact: true })).toBeVisible();
  await context.close();

  // 上一组 leads to an older set.
  const prevNext = page.getByRole("navigation", { name: "上一组和下一组" });
  await expect(prevNext).toBeVisible();
});

test("without JavaScript every photo is on the page and a photo's address shows it", async ({ browser, page }) => {
  await page.goto("/photos");
  const href = (await page.locator("main li").filter({ hasText: /(?:[4-9]|1\d)张/ }).first().locator("a").getAttribute("href")) ?? "";
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() ?? undefined });
  const plain = await context.newPage();
  await plain.goto(`${href}#2`);
  await expect(slide(plain, 2)).toBeInViewport({ ratio: 0.6 });
  await plain.locator(`figure[id="2"]`).getByRole("link", { name: "下一张" }).click();
  await expect(plain).toHaveURL(/#3$/);
  await expect(slide(plain, 3)).toBeInViewport({ ratio: 0.6 });
  await context.close();
});

test("a phone swipes to the next photo and never fetches a desktop-size picture", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "a phone's touch swipe and picture sizes");
  const requested: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/media/demo/photos-full-")) requested.push(r.url());
  });
  await page.goto(`/photos/${e2eInfo().fullSizePhotoSetId}`);
  await expect(slide(page, 1)).toBeInViewport({ ratio: 0.6 });
  await expect(slide(page, 1).locator("figcaption")).toContainText("1/5");
  // Swiped before the viewer is hydrated and the photo drawn, the row could snap back to the first.
  await expect(page.getByRole("navigation", { name: "缩略图" }).locator('[aria-current="true"]')).toHaveCount(1);
  await expect.poll(() => slide(page, 1).locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // A touch swipe, right to left across the photo, through Chromium's own input pipeline.
  await swipeLeft(page, slide(page, 1).locator("img"));
  await expect(page).toHaveURL(/#2$/);
  await expect(slide(page, 2)).toBeInViewport({ ratio: 0.6 });
  await expect(slide(page, 2).locator("figcaption")).toContainText("2/5");
  await expectNoHorizontalScroll(page);

  // The picture on screen is AVIF, at most the 960 px variant (360 px × 2).
  const current = await slide(page, 2).locator("img").evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(current).toMatch(/\.avif$/);
  expect(variantWidth(current)).toBeLessThanOrEqual(960);
  // Nothing of this set was fetched at the desktop widths (1280, 1600).
  expect(requested.length).toBeGreaterThan(0);
  for (const url of requested) expect(variantWidth(url), url).toBeLessThanOrEqual(960);
  // Thumbnails come in the smallest variant, unless the browser already holds a larger one of that photo.
  const shown = new Set(await page.locator("figure[data-slide] img").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc)));
  const thumbs = await page.getByRole("navigation", { name: "缩略图" }).locator("img").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc));
  for (const src of thumbs.filter(Boolean)) expect(variantWidth(src) === 320 || shown.has(src), src).toBe(true);
  expect(requested.some((url) => variantWidth(url) === 320)).toBe(true);
});

for (const path of ["/photos", "/photos/page/2", "first-set"]) {
  test(`axe: ${path}`, async ({ page }) => {
    if (path === "first-set") await page.goto(`/photos/${e2eInfo().fullSizePhotoSetId}`);
    else await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(serious).toEqual([]);
  });
}
