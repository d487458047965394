/// <reference lib="webworker" />
// The service worker, built by `serwist build` (serwist.config.mjs) after
// `next build` into <distDir>/serwist/sw.js and served at /sw.js by
// app/sw.js/route.ts. Not part of the Next bundle.
//
// - App shell: /_next/static/**, the icons, /offline and /favorites are
//   precached (self.__SW_MANIFEST); old precaches are cleaned on activation.
//   In 省流量 nothing is precached (below).
// - Pages: network first (3 s), then the copy from the last visit, then the
//   reader's 收藏 copy, then the offline page. The newsroom and the API are
//   never touched; only GET requests are routed (server actions are POSTs).
// - /media pictures: the 收藏 copy, else cache first (200 pictures, 30 days).
// - A new version waits until the page asks it to take over ("SKIP_WAITING",
//   sent by the 「刷新」 button of the update bar).
// - Web Push: breaking news becomes a notification (lib/client/pwa/push-notification.ts);
//   tapping it focuses a window already on the article, or opens one.
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  type PrecacheEntry,
  type RouteHandlerCallbackOptions,
  type RuntimeCaching,
  Serwist,
  type SerwistGlobalConfig,
} from "serwist";
import {
  SAVED_COPY_CACHES,
  isCacheablePagePath,
  isStaticAssetPath,
  isMediaPath,
  MEDIA_CACHE,
  MEDIA_CACHE_LIMITS,
  mediaPictureKey,
  NETWORK_TIMEOUT_SECONDS,
  OFFLINE_URL,
  PAGE_CACHE_LIMITS,
  PAGES_CACHE,
  STATIC_CACHE,
  STATIC_CACHE_LIMITS,
} from "../lib/client/pwa/offline-caches";
import { notificationFromPush, windowShowing } from "../lib/client/pwa/push-notification";
import { workerIsDataSaver } from "../lib/client/pwa/worker-url";
import { isFollowFeedPath } from "../lib/follows/follow-feed";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// 省流量 (the page registered /sw.js?saver=1, lib/client/pwa/worker-url.ts):
// nothing is pre-downloaded. The precache list is empty (a worker that
// replaces a full one also drops that one's copies on activation), and the
// scripts and styles the reader's pages load anyway are kept as they are
// fetched, so pages read before still work offline. 收藏 copies are the
// reader's own downloads and work the same in either mode.
const dataSaver = workerIsDataSaver(self.location.href);

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  // Pages take no query parameters (page numbers are path segments): the
  // installed app's start URL /?source=pwa finds the homepage read last.
  matchOptions: { ignoreSearch: true },
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ ...PAGE_CACHE_LIMITS, purgeOnQuotaError: true }),
  ],
});

const staticAssets = new CacheFirst({
  cacheName: STATIC_CACHE,
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ ...STATIC_CACHE_LIMITS, purgeOnQuotaError: true })],
});

const keptStaticAssets: RuntimeCaching = {
  matcher: ({ url, sameOrigin }) => sameOrigin && isStaticAssetPath(url.pathname),
  handler: staticAssets,
};

const media = new CacheFirst({
  cacheName: MEDIA_CACHE,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ ...MEDIA_CACHE_LIMITS, purgeOnQuotaError: true }),
  ],
});

/** The reader's own copy of a page or picture — 收藏, then 今日要闻离线版 — matched without its query and whatever its Vary says. */
async function fromSavedCopies(url: URL): Promise<Response | undefined> {
  for (const name of SAVED_COPY_CACHES) {
    const found = await (await caches.open(name)).match(url.origin + url.pathname, { ignoreSearch: true, ignoreVary: true });
    if (found) return found;
  }
  return undefined;
}

/** Another width or format of the same picture in the reader's copies, preferring the same format. */
async function otherVariantFromSavedCopies(url: URL): Promise<Response | undefined> {
  const picture = mediaPictureKey(url.pathname);
  if (!picture) return undefined;
  const ext = url.pathname.slice(url.pathname.lastIndexOf("."));
  for (const name of SAVED_COPY_CACHES) {
    const cache = await caches.open(name);
    const variants = (await cache.keys()).filter((r) => mediaPictureKey(new URL(r.url).pathname) === picture);
    const best = variants.find((r) => r.url.endsWith(ext)) ?? variants[0];
    if (best) return cache.match(best);
  }
  return undefined;
}

const serwist: Serwist = new Serwist({
  precacheEntries: dataSaver ? [] : self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    ...(dataSaver ? [keptStaticAssets] : []),
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && isCacheablePagePath(url.pathname),
      handler: async (options: RouteHandlerCallbackOptions): Promise<Response> => {
        try {
          return await pages.handle(options);
        } catch (error) {
          const fallback =
            (await fromSavedCopies(options.url)) ??
            (await serwist.matchPrecache(options.url.pathname)) ??
            (await serwist.matchPrecache(OFFLINE_URL));
          if (fallback) return fallback;
          throw error;
        }
      },
    },
    // 关注's lists: fresh when online, the last ones offline (我的关注 still draws).
    { matcher: ({ url, sameOrigin }) => sameOrigin && isFollowFeedPath(url.pathname), handler: pages },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isMediaPath(url.pathname),
      handler: async (options: RouteHandlerCallbackOptions): Promise<Response> => {
        const saved = await fromSavedCopies(options.url);
        if (saved) return saved;
        try {
          return await media.handle(options);
        } catch (error) {
          const other = await otherVariantFromSavedCopies(options.url);
          if (other) return other;
          throw error;
        }
      },
    },
  ],
});

serwist.addEventListeners();

self.addEventListener("push", (event) => {
  const shown = notificationFromPush(event.data?.text() ?? null, self.location.origin);
  event.waitUntil(
    self.registration.showNotification(shown.title, {
      body: shown.body,
      tag: shown.tag,
      icon: shown.icon,
      badge: `${self.location.origin}/icons/icon-192.png`,
      lang: "zh-CN",
      data: { url: shown.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data: unknown = event.notification.data;
  const url = data && typeof data === "object" && "url" in data && typeof data.url === "string" ? data.url : `${self.location.origin}/`;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windowShowing(windows, url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
