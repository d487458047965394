// @ts-check
// `serwist build` (configurator mode of @serwist/next): runs after `next
// build` (scripts/lib/next-build.mjs) and bundles app/sw.ts with esbuild into
// <distDir>/serwist/sw.js with the precache manifest of that build. Next keeps
// building with Turbopack. The worker lives in the build folder, not in
// public/, because the site, the e2e suite and the benchmark build into
// different folders; app/sw.js/route.ts serves the one of the running build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { serwist } from "@serwist/next/config";
import { precacheExclusions } from "./scripts/lib/precache-exclusions.mjs";

const distDir = process.env.NEXT_DIST_DIR || ".next";
// Static pages precached besides /_next/static: revisioned by the build.
const revision = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
// Files no reader loads (the newsroom's chunks, nomodule polyfills): the
// newsroom's load from the network when an editor opens it.
const excluded = precacheExclusions(distDir);

export default serwist({
  swSrc: "app/sw.ts",
  swDest: path.join(distDir, "serwist", "sw.js"),
  // Not every prerendered page (the homepage, sections and 100 articles): a
  // phone would download megabytes on its first visit. Pages are cached as read.
  precachePrerendered: false,
  additionalPrecacheEntries: ["/offline", "/favorites"].map((url) => ({ url, revision })),
  globIgnores: ["public/sw.js"],
  manifestTransforms: [
    // Runs before Serwist turns "<distDir>/static/…" into "/_next/static/…".
    async (entries) => ({
      manifest: entries.filter((entry) => !excluded.has(path.posix.relative(distDir, entry.url))),
      warnings: [],
    }),
  ],
});
