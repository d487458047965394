// Built files a reader's browser never loads, which the service worker
// therefore leaves out of its precache (serwist.config.mjs):
// - what only the newsroom's pages load, read from the build's client
//   reference manifests (one per route): a reader installing the APP should
//   not download the editor (Tiptap, upload forms) that only editors run;
// - Next's polyfills, loaded with `nomodule`: every browser that runs a
//   service worker runs modules and never fetches them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const NEWSROOM_ROUTE = /^\/\(newsroom\)\//;

function* clientManifests(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* clientManifests(full);
    else if (entry.name.endsWith("_client-reference-manifest.js")) yield full;
  }
}

/** "/_next/static/x.js" or "static/x.js" → "static/x.js": the path inside the build folder. */
function assetPath(file) {
  return file.replace(/^\/?(_next\/)?/, "");
}

/** The asset URLs one route's manifest names: client modules' chunks, entry scripts and styles. */
function routeAssets(manifest) {
  const urls = [];
  for (const mod of Object.values(manifest.clientModules ?? {})) urls.push(...(mod.chunks ?? []));
  for (const files of Object.values(manifest.entryJSFiles ?? {})) urls.push(...files);
  for (const files of Object.values(manifest.entryCSSFiles ?? {})) urls.push(...files.map((f) => f.path ?? f));
  return urls.map(assetPath);
}

/** Paths inside distDir ("static/chunks/…") that some newsroom route loads and no other route does. */
function newsroomOnlyAssets(distDir) {
  const reader = new Set();
  const newsroom = new Set();
  for (const file of clientManifests(path.join(distDir, "server", "app"))) {
    // Each manifest is a script assigning globalThis.__RSC_MANIFEST[route].
    const sandbox = {};
    sandbox.globalThis = sandbox;
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
    for (const [route, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      const target = NEWSROOM_ROUTE.test(route) ? newsroom : reader;
      for (const url of routeAssets(manifest)) target.add(url);
    }
  }
  return new Set([...newsroom].filter((url) => !reader.has(url)));
}

/** Paths inside distDir ("static/chunks/…") to leave out of the precache. */
export function precacheExclusions(distDir) {
  const { polyfillFiles = [] } = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  return new Set([...newsroomOnlyAssets(distDir), ...polyfillFiles.map(assetPath)]);
}
