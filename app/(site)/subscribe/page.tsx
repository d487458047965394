import type { Metadata } from "next";
import Link from "next/link";
import { FeedList } from "@/components/feeds/feed-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { feedAlternates } from "@/lib/feeds/alternates";
import { absoluteUrl, SITE_FEED_PATH, sectionFeedHref } from "@/lib/feeds/urls";

export const metadata: Metadata = {
  title: "订阅",
  description: "用 RSS 阅读器订阅黔东南信息港全站及各栏目的最新新闻。",
  alternates: { canonical: "/subscribe", types: feedAlternates() },
};

// The same for everyone (static); the section list comes from a read tagged
// `sections`, so adding or renaming a section rebuilds the page.
export default async function SubscribePage() {
  const sections = await getNewsSections();
  return (
    <div className="mx-auto max-w-3xl pb-6">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "订阅" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">订阅</h1>
      <p className="mt-3 text-sm text-muted">
        RSS 是一种订阅格式：把下面的地址添加到 RSS 阅读器，本站和各栏目的最新新闻就会自动送到阅读器里，不必再逐个打开网页查看。
      </p>

      <h2 className="mt-6 text-lg font-bold">全站</h2>
      <FeedList feeds={[{ name: "黔东南信息港", note: "所有栏目的最新 50 篇", url: absoluteUrl(SITE_FEED_PATH) }]} />

      <h2 className="mt-6 text-lg font-bold">栏目</h2>
      <FeedList feeds={sections.map((s) => ({ name: s.name, url: absoluteUrl(sectionFeedHref(s.slug)) }))} />

      <h2 className="mt-6 text-lg font-bold">推送与 APP</h2>
      <p className="mt-2 text-sm text-muted">手机 APP（添加到主屏幕）请到 APP 页面安装；新闻推送（Web Push）也将随 APP 页面开通。</p>
      <Link href="/app" className="mt-1 inline-flex min-h-11 items-center text-sm text-brand underline">
        前往 APP 页面
      </Link>
    </div>
  );
}
