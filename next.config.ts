import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { COMMON_HEADERS, PUBLIC_PATHS, publicCsp } from "./lib/security/headers.mjs";

const nextConfig: NextConfig = {
  // The e2e suite and the benchmark build into their own folder so that they
  // never overwrite (or serve) the build `npm start` uses.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 (and jieba, search's word cutter) are native addons: load
  // them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg", "sharp", "@node-rs/jieba"],
  poweredByHeader: false,
  experimental: {
    // 在线投稿 carries up to three 10 MB pictures through a server action
    // (default limit 1 MB); each picture is still checked on its own.
    serverActions: { bodySizeLimit: "31mb" },
  },
  reactStrictMode: true,
  // CI runs `tsc --noEmit` over the whole tree (tests and scripts included)
  // before it builds; the build's own, narrower check would repeat it.
  typescript: { ignoreBuildErrors: process.env.TYPECHECKED === "1" },
  // Public pages stay cacheable, so their policy is fixed here (no nonce);
  // the newsroom's strict, per-request policy comes from proxy.ts. HSTS is
  // added at run time by scripts/serve.mjs, from SITE_URL as it is then.
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      { source: PUBLIC_PATHS, headers: [{ key: "Content-Security-Policy", value: publicCsp({ reportTo: process.env.CSP_REPORT_TO !== "off" }) }] },
    ];
  },
};

// Several instances (REDIS_URL set when the server starts): the ISR cache
// lives in Redis, shared by all, and no instance keeps a private copy in
// memory. The build never uses it, so one build serves with or without it.
export default function config(phase: string): NextConfig {
  if (!process.env.REDIS_URL || phase === PHASE_PRODUCTION_BUILD) return nextConfig;
  return { ...nextConfig, cacheHandler: require.resolve("./lib/cache/shared-cache-handler.mjs"), cacheMaxMemorySize: 0 };
}
