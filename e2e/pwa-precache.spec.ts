import { gzipSync } from "node:zlib";
import { type APIRequestContext, expect, test } from "@playwright/test";

// What installing the APP downloads: the service worker's precache holds
// what readers' pages run, not the newsroom's editor, and stays small for a
// phone on a metered connection.
const PRECACHE_BUDGET_GZIP = 300 * 1024;

async function precachedUrls(request: APIRequestContext): Promise<string[]> {
  const worker = await (await request.get("/sw.js")).text();
  return [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
}

/** The script files a page's HTML names, modules apart from the `nomodule` polyfills. */
async function scriptsOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const src = (tag: string) => tag.match(/\ssrc="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const isPolyfill = (tag: string) => /\snomodule\b/i.test(tag);
  return {
    modules: tags.filter((t) => !isPolyfill(t)).map(src).filter((s): s is string => !!s),
    polyfills: tags.filter(isPolyfill).map(src).filter((s): s is string => !!s),
  };
}

test("the precache holds every script of the readers' pages", async ({ request }) => {
  const precache = new Set(await precachedUrls(request));
  const articleHref = (await (await request.get("/news")).text()).match(/href="(\/article\/\d+)"/)![1];
  for (const path of ["/", "/news", articleHref, "/photos", "/video"]) {
    for (const script of (await scriptsOf(request, path)).modules) expect(precache, `${path} 的 ${script}`).toContain(script);
  }
});

test("the newsroom's own scripts and the nomodule polyfills are not precached", async ({ request }) => {
  const precache = new Set(await precachedUrls(request));
  const reader = await scriptsOf(request, "/");
  // A chunk the sign-in page shares with any reader's page (the 404 page's among them) is the readers' too.
  const readerModules = new Set(reader.modules);
  for (const path of ["/app", "/news", "/subscribe", "/topics", "/jobs", "/no-such-page"]) {
    for (const script of (await scriptsOf(request, path)).modules) readerModules.add(script);
  }
  const newsroomOnly = (await scriptsOf(request, "/newsroom/sign-in")).modules.filter((s) => !readerModules.has(s));
  expect(newsroomOnly.length).toBeGreaterThan(0);
  expect(reader.polyfills.length).toBeGreaterThan(0);
  for (const script of [...newsroomOnly, ...reader.polyfills]) expect(precache).not.toContain(script);
});

test("installing the APP downloads at most 300 KB compressed, and no editor code", async ({ request }) => {
  let gzipped = 0;
  for (const url of await precachedUrls(request)) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const body = await response.body();
    if (url.endsWith(".js")) expect(body.includes("ProseMirror"), `${url} 含编辑器代码`).toBe(false);
    gzipped += gzipSync(body).length;
  }
  console.log(`预缓存 ${(gzipped / 1024).toFixed(1)} KB (gzip)`);
  expect(gzipped).toBeLessThanOrEqual(PRECACHE_BUDGET_GZIP);
});
