import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/newsroom/sign-out-button";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { canHandleSubmissions, canManageJobs, canManageSite, canManageTopics } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";

// The newsroom is per user and never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "编辑部", template: "%s - 编辑部 - 黔东南信息港" },
  robots: { index: false, follow: false },
};

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <div className="min-h-screen bg-neutral-50">
      <header className="bg-neutral-900 text-white">
        {/* On a phone: the name and the account on one line, the sections in one
            row that scrolls sideways, so the header stays two lines high. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 px-4 max-md:px-2">
          <Link href="/newsroom" className="flex min-h-11 items-center font-bold max-md:order-1">
            黔东南信息港 · 编辑部
          </Link>
          {actor ? (
            <>
              <nav
                aria-label="编辑部"
                className="flex flex-1 flex-wrap text-sm max-md:order-3 max-md:w-full max-md:flex-none max-md:flex-nowrap max-md:overflow-x-auto max-md:whitespace-nowrap"
              >
                <Link href="/newsroom" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                  稿件
                </Link>
                <Link href="/newsroom/articles/new" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                  写稿
                </Link>
                <Link href="/newsroom/photos" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                  图集
                </Link>
                <Link href="/newsroom/video" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                  视听
                </Link>
                <Link href="/newsroom/stats" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                  数据
                </Link>
                {canHandleSubmissions(actor) ? (
                  <Link href="/newsroom/submissions" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                    读者投稿
                  </Link>
                ) : null}
                {canManageTopics(actor) ? (
                  <Link href="/newsroom/topics" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                    专题
                  </Link>
                ) : null}
                {canManageJobs(actor) ? (
                  <Link href="/newsroom/jobs" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                    人才网
                  </Link>
                ) : null}
                {canManageSite(actor) ? (
                  <>
                    <Link href="/newsroom/users" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                      账号
                    </Link>
                    <Link href="/newsroom/settings" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                      网站设置
                    </Link>
                    <Link href="/newsroom/audit" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                      操作日志
                    </Link>
                  </>
                ) : null}
                {/* Links from the newsroom to public pages never prefetch: a prefetch renders the
                    page if it is stale, and one started just before an editor's next save could put
                    the older page back in the cache after that save expired it. */}
                <Link prefetch={false} href="/" className="flex min-h-11 items-center px-3 hover:bg-white/10">
                  查看网站
                </Link>
              </nav>
              <p className="flex items-center gap-2 text-sm max-md:order-2 max-md:ml-auto">
                <Link href="/newsroom/account" className="flex min-h-11 items-center hover:underline max-md:sr-only">
                  {actor.displayName}（{ROLE_LABELS[actor.role]}）
                </Link>
                <SignOutButton />
              </p>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
