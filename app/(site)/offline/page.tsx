import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "网络未连接", robots: { index: false } };

// Static, precached by the service worker (app/sw.ts) and shown for pages
// that were neither read before nor saved in 收藏 while the reader is offline.
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">网络未连接</h1>
      <p className="mt-4 text-muted">当前处于离线状态，这个页面还没有保存到本设备，联网后即可阅读。</p>
      <p className="mt-2 text-muted">收藏过的文章和下载的今日要闻离线版可以离线阅读。</p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <Link prefetch={false} href="/favorites" className="inline-flex min-h-11 items-center rounded-full bg-brand px-5 text-white">
          打开我的收藏
        </Link>
        {/* A full page load, not a client-side navigation: the service worker answers it, with
            the network when it is back and this page again when it is not. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the comment above */}
        <a href="/" className="inline-flex min-h-11 items-center rounded-full border border-brand px-5 text-brand">
          重新连接后回到首页
        </a>
      </p>
    </div>
  );
}
