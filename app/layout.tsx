import type { Metadata, Viewport } from "next";
import { InstallPromptCapture } from "@/components/app/install-prompt-capture";
import { ServiceWorkerRegistration } from "@/components/app/service-worker-registration";
import { getSiteUrl } from "@/lib/data/settings/get-site-url";
import { feedAlternates } from "@/lib/feeds/alternates";
import "./globals.css";

// metadataBase is the site's configured address (read through the tagged
// settings cache): every canonical, OpenGraph and feed link below is made
// absolute against it.
export async function generateMetadata(): Promise<Metadata> {
  return { ...SITE_METADATA, metadataBase: new URL(await getSiteUrl()) };
}

const SITE_METADATA: Metadata = {
  title: { default: "黔东南信息港", template: "%s - 黔东南信息港" },
  description: "黔东南州综合新闻门户：全州要闻、时政、县市动态、行业资讯、图片与视听。",
  formatDetection: { telephone: false },
  // Pages that set their own canonical pass the feed links again (Next replaces `alternates` as a whole).
  alternates: { types: feedAlternates() },
  // Listing icons at all stops Next adding app/icon.png by itself: keep it here.
  icons: {
    icon: [{ url: "/icon.png", type: "image/png", sizes: "64x64" }],
    apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180" }],
  },
  appleWebApp: { title: "黔东南" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b3131b",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        {/* Keeps Chromium's install offer for the APP page (installing is offered from /app). */}
        <InstallPromptCapture />
        {children}
        {/* Offline reading: registers /sw.js after the page has loaded; the 「有新版本」 bar. */}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
