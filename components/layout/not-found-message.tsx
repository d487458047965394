import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">页面不存在</h1>
      <p className="mt-2 text-muted">您访问的页面不存在，或文章已被删除、撤稿。请检查网址，或回到首页浏览最新新闻。</p>
      <p className="mt-6 flex justify-center gap-3">
        <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center rounded-full bg-brand px-6 text-white hover:bg-brand-dark">
          返回首页
        </Link>
        <Link prefetch={false} href="/news" className="inline-flex min-h-11 items-center rounded-full border border-brand px-6 text-brand hover:bg-brand-soft">
          新闻中心
        </Link>
      </p>
    </div>
  );
}
