import type { Metadata } from "next";
import Link from "next/link";
import { FeedList } from "@/components/feeds/feed-list";
import { PageQrCode } from "@/components/layout/page-qr-code";
import { PushSubscribe } from "@/components/push/push-subscribe";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { getTopicDirectory } from "@/lib/data/topics/list-topics";
import { feedAlternates } from "@/lib/feeds/alternates";
import { PHOTOS_FEED_PATH, SITE_FEED_PATH, sectionFeedHref, VIDEO_FEED_PATH } from "@/lib/feeds/urls";
import { JOBS_FEED_PATH } from "@/lib/jobs/job-urls";
import { qrCodeSvg } from "@/lib/site/qr-code";
import { absoluteLinks } from "@/lib/data/settings/get-site-url";

export const metadata: Metadata = {
  title: "订阅",
  description: "开启黔东南信息港的新闻推送，或用 RSS 阅读器订阅全站及各栏目的最新新闻。",
  alternates: { canonical: "/subscribe", types: feedAlternates() },
};

// The same for everyone (static); the section and topic lists come from reads
// tagged `sections` and `topics`, so adding or renaming one rebuilds the page.
// Only ongoing topics are offered for push: an ended one gets nothing new. The push
// part is a client component: whether this browser subscribed, and to what,
// is known only there; it asks /api/push/key for the server's key when the
// reader subscribes, so no key is built into the page.
export default async function SubscribePage() {
  const [sections, topics, absoluteUrl] = await Promise.all([getNewsSections(), getTopicDirectory(), absoluteLinks()]);
  return (
    <div className="mx-auto max-w-3xl pb-6">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "订阅" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">订阅</h1>
      <PushSubscribe
        sections={sections.map((s) => ({ slug: s.slug, name: s.name }))}
        topics={topics.filter((t) => t.ongoing).map((t) => ({ slug: t.slug, name: t.title }))}
      />

      <h2 className="mt-6 text-lg font-bold">RSS 订阅</h2>
      <p className="mt-2 text-sm text-muted">
        RSS 是一种订阅格式：把下面的地址添加到 RSS 阅读器，本站、各栏目和各频道的最新内容就会自动送到阅读器里，不必再逐个打开网页查看。
      </p>

      <h3 className="mt-4 font-bold">全站</h3>
      <FeedList feeds={[{ name: "黔东南信息港", note: "所有栏目的最新 50 篇", url: absoluteUrl(SITE_FEED_PATH) }]} />

      <h3 className="mt-4 font-bold">栏目</h3>
      <FeedList feeds={sections.map((s) => ({ name: s.name, url: absoluteUrl(sectionFeedHref(s.slug)) }))} />

      <h3 className="mt-4 font-bold">频道</h3>
      <FeedList
        feeds={[
          { name: "黔图汇", note: "最新 50 组图集", url: absoluteUrl(PHOTOS_FEED_PATH) },
          { name: "视听中心", note: "最新 50 个视频和音频", url: absoluteUrl(VIDEO_FEED_PATH) },
          { name: "人才网", note: "最新 50 个在招职位", url: absoluteUrl(JOBS_FEED_PATH) },
        ]}
      />

      <PageQrCode url={absoluteUrl("/subscribe")} path="/subscribe" title="订阅 - 黔东南信息港" svg={await qrCodeSvg(absoluteUrl("/subscribe"))} />

      <h2 className="mt-6 text-lg font-bold">APP</h2>
      <p className="mt-2 text-sm text-muted">把本站添加到手机主屏幕，像 APP 一样打开，收藏的文章离线也能读。</p>
      <Link prefetch={false} href="/app" className="mt-1 inline-flex min-h-11 items-center text-sm text-brand underline">
        前往 APP 页面
      </Link>
    </div>
  );
}
