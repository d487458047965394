import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoCspViolations, watchCsp, watchCspReports } from "./csp-watch";
import { authState } from "./support";

// The newsroom under its strict policy (a fresh nonce per response,
// 'strict-dynamic', no eval, never framed): an editor's whole day — typing,
// pasting a screenshot, saving, publishing — runs without one refusal, and a
// script without the nonce does not run.
test.use({ storageState: authState("editor") });

test("every newsroom response has its own nonce and the strict directives", async ({ request }) => {
  const policies = await Promise.all([request.get("/newsroom"), request.get("/newsroom/sign-in")].map(async (r) => (await r).headers()["content-security-policy"]));
  for (const csp of policies) {
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' ('sha256-[A-Za-z0-9+/=]+' )*'strict-dynamic'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  }
  const nonce = (csp: string) => /'nonce-([^']+)'/.exec(csp)![1];
  expect(nonce(policies[0])).not.toBe(nonce(policies[1]));
});

test("writing, pasting a picture and publishing break no rule", async ({ page }) => {
  const violations = await watchCsp(page);
  const reported = watchCspReports();
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(`CSP 检查稿件${Date.now().toString(36)}`);
  await page.getByLabel("栏目").selectOption({ label: "县市" });
  const editor = page.locator(".ProseMirror");
  await editor.click();
  await page.keyboard.type("严格的内容安全策略下照常写稿。");

  // A screenshot on the clipboard: the editor uploads it and inserts the picture.
  const png = (await sharp({ create: { width: 640, height: 360, channels: 3, background: "#2a6" } }).png().toBuffer()).toString("base64");
  await editor.evaluate((el, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const clipboard = new DataTransfer();
    clipboard.items.add(new File([bytes], "截图.png", { type: "image/png" }));
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, png);
  await expect(editor.locator("img")).toHaveCount(1, { timeout: 20_000 });
  await expect.poll(() => editor.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const panel = page.getByRole("region", { name: "审核与发布" });
  await panel.getByRole("button", { name: "发布" }).click();
  await expect(panel.getByRole("button", { name: "撤稿" })).toBeVisible();
  await expectNoCspViolations(page, violations, "编辑部写稿与发布");
  await reported(page, "编辑部写稿与发布");
});

test("an inline handler planted in the newsroom does not run", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/newsroom");
  const ran = await page.evaluate(async () => {
    // What a stored XSS would try: markup with an inline handler.
    document.body.insertAdjacentHTML("beforeend", '<img src="/missing.png" onerror="window.__planted = true">');
    await new Promise((r) => setTimeout(r, 500));
    return (window as unknown as { __planted?: boolean }).__planted === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).join("\n")).toMatch(/script-src/);
});
