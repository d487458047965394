import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The e2e suite and the benchmark build into their own folder so that they
  // never overwrite (or serve) the build `npm start` uses.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 (and jieba, search's word cutter) are native addons: load
  // them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3", "sharp", "@node-rs/jieba"],
  poweredByHeader: false,
  experimental: {
    // 在线投稿 carries up to three 10 MB pictures through a server action
    // (default limit 1 MB); each picture is still checked on its own.
    serverActions: { bodySizeLimit: "31mb" },
  },
  reactStrictMode: true,
};

export default nextConfig;
