import { defineConfig } from "@playwright/test";

// Browser tests run in the machine's Chromium (Playwright cannot download its
// own here) against the production build served by scripts/e2e-server.mjs.
const port = Number(process.env.E2E_PORT ?? 3100);
const HTTP_ONLY = /(bad-input|caching|views|media-range|pwa-precache|fuzz-public)\.spec\.ts$/;
const NEWSROOM = /newsroom.*\.spec\.ts$/;
// Launches its own persistent browser profile: once, whatever the viewport.
const INSTALLABLE = /pwa-installable\.spec\.ts$/;
// Behaviour that is the same at every width (what is fetched, cached, played,
// refused by the policy, pushed or read aloud): checked at a phone's width,
// where readers are, and not again at a desktop's.
const PHONE_ONLY = /(data-saver|pwa-offline|edition|push-subscribe|csp-public|read-aloud)\.spec\.ts$/;
// Run by playwright.postgres.config.ts against its own PostgreSQL-backed server (npm run test:e2e:pg).
const POSTGRES_ONLY = /(postgres-smoke|cluster-edge)\.spec\.ts$/;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The production server the tests run against: scripts/e2e-server.mjs builds and serves the site on its own database. */
export function e2eWebServer(serverPort: number, env?: Record<string, string>) {
  return {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${serverPort}/news`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env,
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // One retry: a test that passes only the second time is listed as flaky at
  // the end of the run (e2e/summary-reporter.ts), to be mended, not ignored.
  retries: 1,
  reporter: [["list"], ["./e2e/summary-reporter.ts"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // What a reader sees, at a phone width and at a desktop width.
    {
      name: "phone",
      testIgnore: [HTTP_ONLY, NEWSROOM, INSTALLABLE, POSTGRES_ONLY],
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: "desktop", testIgnore: [HTTP_ONLY, NEWSROOM, INSTALLABLE, POSTGRES_ONLY, PHONE_ONLY], use: { viewport: { width: 1280, height: 900 } } },
    // Status codes and headers do not depend on the viewport: checked once.
    { name: "http", testMatch: HTTP_ONLY },
    // Chromium's installability verdict (needs the service worker).
    { name: "installable", testMatch: INSTALLABLE },
    // The newsroom: sign in once per role, then work as editors do, on a desktop.
    { name: "newsroom-sign-in", testMatch: /auth\.setup\.ts$/ },
    { name: "newsroom", testMatch: NEWSROOM, dependencies: ["newsroom-sign-in"], use: { viewport: { width: 1280, height: 900 } } },
  ],
  // npm run test:e2e (scripts/test-e2e.mjs) starts the server itself, once for both of its phases.
  webServer: process.env.E2E_SERVER_STARTED ? undefined : e2eWebServer(port),
});
