import { type Page, expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./support";

// 长辈模式 (适老化): measured in the browser as the MIIT specification asks —
// type size, line and paragraph spacing, text contrast, target size, one
// column, no motion — and remembered on the device.
const SIZE_KEY = "qdn-reading-size";

async function chooseSize(page: Page, size: "1" | "2" | "3") {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SIZE_KEY, size]);
}

async function firstArticleHref(page: Page) {
  await page.goto("/news");
  return (await page.locator("main a[href^='/article/']").first().getAttribute("href"))!;
}

/** Font size, line height and the space below a body paragraph, in px. */
const bodyText = (page: Page) =>
  page.locator(".article-body p").first().evaluate((p) => {
    const style = getComputedStyle(p);
    return { size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight), gap: parseFloat(style.marginBottom) };
  });

/** Visible controls outside article text smaller than min × min px. */
const smallTargets = (page: Page, min: number) =>
  page.evaluate((min) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll("header a, header button, header summary, header input, main a, main button, main summary, main input, main select, footer a, footer button")) {
      if (el.closest(".article-body")) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || getComputedStyle(el).visibility === "hidden") continue;
      if (rect.width < min || rect.height < min) {
        small.push(`${el.tagName} "${(el.textContent ?? "").trim().slice(0, 12)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    return small;
  }, min);

/** Text whose contrast with the background behind it is below min:1 (colours resolved through a canvas). */
const lowContrastText = (page: Page, min: number) =>
  page.evaluate((min) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const rgb = (color: string) => {
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const color = getComputedStyle(e).backgroundColor;
        if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
      }
      return "#fff";
    };
    const low: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const a = luminance(getComputedStyle(el).color);
      const b = luminance(background(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < min) low.push(`"${el.textContent!.trim().slice(0, 12)}" ${ratio.toFixed(2)}:1`);
    }
    return low;
  }, min);

test("the header's 长辈模式 switch enlarges the type, is remembered, and applies before the page is painted", async ({ page, request }) => {
  const href = await firstArticleHref(page);
  await page.goto(href);
  const standard = await bodyText(page);

  await page.locator("summary", { hasText: "长辈模式" }).click();
  await page.getByRole("group", { name: "长辈模式字号" }).getByRole("button", { name: "大", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-elder", "1");
  const large = await bodyText(page);
  expect(large.size).toBeGreaterThanOrEqual(20);
  expect(large.size).toBeGreaterThan(standard.size);

  // The saved size is set by a script that stands before the page's content.
  const html = await (await request.get(href)).text();
  expect(html.indexOf("qdn-reading-size")).toBeGreaterThan(-1);
  expect(html.indexOf("qdn-reading-size")).toBeLessThan(html.indexOf("<main"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-elder", "1");
  await expect(page.locator("summary", { hasText: "长辈模式" })).toContainText("开");

  await page.locator("summary", { hasText: "长辈模式" }).click();
  await page.getByRole("group", { name: "长辈模式字号" }).getByRole("button", { name: "标准" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-elder", /.*/);
  expect((await bodyText(page)).size).toBe(standard.size);
});

test("three sizes up to 特大, each with line spacing ≥ 1.3× and paragraph spacing ≥ 1.3× the line spacing", async ({ page }) => {
  const href = await firstArticleHref(page);
  const sizes: number[] = [];
  for (const size of ["1", "2", "3"] as const) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SIZE_KEY, size]);
    await page.goto(href);
    const text = await bodyText(page);
    expect(text.line / text.size).toBeGreaterThanOrEqual(1.3);
    expect(text.gap / text.line).toBeGreaterThanOrEqual(1.3);
    sizes.push(text.size);
  }
  expect(sizes[0]).toBeGreaterThanOrEqual(20);
  expect(sizes[1]).toBeGreaterThan(sizes[0]);
  expect(sizes[2]).toBeGreaterThan(sizes[1]);
  expect(sizes[2]).toBeGreaterThanOrEqual(24);
});

for (const path of ["/", "/news", "article", "/photos", "/jobs", "/app"]) {
  test(`${path} in 长辈模式: contrast ≥ 7:1, targets ≥ 48 px, one column, nothing moving, axe clean`, async ({ page }) => {
    await chooseSize(page, "1");
    await page.goto(path === "article" ? await firstArticleHref(page) : path);
    expect(await lowContrastText(page, 7)).toEqual([]);
    expect(await smallTargets(page, 48)).toEqual([]);
    const columns = await page.locator("main .grid").evaluateAll((grids) =>
      grids.map((g) => getComputedStyle(g).gridTemplateColumns.split(" ").length),
    );
    expect(columns.every((n) => n === 1)).toBe(true);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await expectNoSeriousViolations(page);
  });
}
