"use client";

import Link from "next/link";

// Shown when a page fails to render. No details of the failure reach the
// reader; the digest lets the team find it in the server log.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">页面暂时无法显示</h1>
      <p className="mt-2 text-muted">服务器开了个小差，请稍后再试。</p>
      {error.digest ? <p className="mt-1 text-xs text-muted">错误编号：{error.digest}</p> : null}
      <p className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-full bg-brand px-6 text-white">
          重试
        </button>
        <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center rounded-full border border-brand px-6 text-brand">
          返回首页
        </Link>
      </p>
    </div>
  );
}
