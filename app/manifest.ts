import type { MetadataRoute } from "next";

// The web app manifest, served at /manifest.webmanifest; Next links it from
// every page's <head>. The icons are drawn by scripts/make-icons.ts.
const ICON_192 = { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" };

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "黔东南信息港",
    short_name: "黔东南",
    description: "黔东南州综合新闻门户：全州要闻、时政、县市动态、行业资讯、图片与视听。",
    start_url: "/?source=pwa",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#b3131b",
    lang: "zh-CN",
    dir: "ltr",
    categories: ["news"],
    icons: [
      { ...ICON_192, purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "要闻", url: "/news", icons: [ICON_192] },
      { name: "县市", url: "/news/xianshi", icons: [ICON_192] },
      { name: "时政", url: "/news/shizheng", icons: [ICON_192] },
      { name: "我的收藏", url: "/favorites", icons: [ICON_192] },
    ],
  };
}
