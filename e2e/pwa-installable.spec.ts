import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";

// Chromium's own verdict on installing the site as an app (manifest, icons,
// service worker). Read through the DevTools protocol in a persistent
// profile: an ordinary test context is incognito, which is never installable.
test("Chromium finds the site installable", async ({ baseURL, launchOptions }) => {
  const profile = mkdtempSync(path.join(tmpdir(), "qdn-installable-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: launchOptions.executablePath,
    args: launchOptions.args,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/");
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe("/");

    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
        return installabilityErrors.map((e) => e.errorId);
      }, { timeout: 20_000 })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
