// Starts the scheduler that publishes 定时 articles when their time comes,
// with nobody signed in. It runs in every server process; the endpoint it
// calls is safe to call from several at once.
const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 15_000);

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NODE_ENV === "production") await warnAboutSiteUrl();
  await provideBeaconFastPath();
  if (process.env.SCHEDULER === "off" || !(INTERVAL_MS > 0)) return;
  const { schedulerToken } = await import("./lib/newsroom/scheduler-token");
  const token = schedulerToken();
  if (!token) return;
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/publish-due`;
  const timer = setInterval(() => {
    fetch(url, { method: "POST", headers: { authorization: `Bearer ${token}` } }).catch(() => {
      // The server may not listen yet, or is shutting down: try again next tick.
    });
  }, INTERVAL_MS);
  timer.unref();
}

// A production site whose absolute links say http://localhost is broken for
// every reader who follows one: say so once, at start, with the fix.
async function warnAboutSiteUrl() {
  try {
    const [{ findSiteSettings }, { resolveSiteUrl, siteUrlWarning }] = await Promise.all([
      import("./lib/data/settings/get-site-settings"),
      import("./lib/site/site-url"),
    ]);
    const settingUrl = process.env.SITE_URL ? "" : (await findSiteSettings()).siteUrl;
    const warning = siteUrlWarning(resolveSiteUrl({ envUrl: process.env.SITE_URL, settingUrl, port: process.env.PORT }));
    if (warning) console.warn(warning);
  } catch (e) {
    console.warn("[网站地址] 无法读取网站设置：", e instanceof Error ? e.message : e);
  }
}

// Lets the start wrapper answer view beacons itself (lib/http/beacon-hook.mjs).
async function provideBeaconFastPath() {
  const [{ provideBeaconHandler }, { acceptBeacon, MAX_BEACON_BYTES }, { VIEW_BEACON_PATH }] = await Promise.all([
    import("./lib/http/beacon-hook.mjs"),
    import("./lib/views/accept-beacon"),
    import("./lib/views/view-kinds"),
  ]);
  provideBeaconHandler({ path: VIEW_BEACON_PATH, maxBytes: MAX_BEACON_BYTES, accept: acceptBeacon });
}
