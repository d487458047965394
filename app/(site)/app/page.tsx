import type { Metadata } from "next";
import Link from "next/link";
import { InstallPrompt } from "@/components/app/install-prompt";
import { PageQrCode } from "@/components/layout/page-qr-code";
import { DataSaverSwitch } from "@/components/data-saver/data-saver-switch";
import { EditionDownload } from "@/components/edition/edition-download";
import { ReadingSizeSwitch } from "@/components/reading/reading-size-switch";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getSiteUrl } from "@/lib/data/settings/get-site-url";
import { absoluteUrl } from "@/lib/site/site-url";
import { qrCodeSvg } from "@/lib/site/qr-code";
import { APP_PATH, EDITION_SECTION_ID } from "@/lib/edition/edition-plan";

export const metadata: Metadata = {
  title: { absolute: "黔东南信息港 APP" },
  description: "把黔东南信息港安装到手机主屏幕：一键打开，收藏文章，突发新闻推送。无需应用商店。",
  alternates: { canonical: "/app" },
};

const FEATURES = [
  {
    mark: "⌂",
    title: "主屏幕一键打开",
    text: "像 APP 一样全屏显示，不用再输入网址；全州要闻、县市动态随点随看。",
  },
  {
    mark: "★",
    title: "收藏文章，离线阅读",
    text: "收藏保存在本机，无需登录，随时在「我的收藏」里找到；收藏的文章连同图片一起存下，没有网络也能读。",
  },
  {
    mark: "!",
    title: "突发新闻推送",
    text: "重大、突发新闻第一时间提醒你；在「订阅」页选择栏目即可开启。",
  },
] as const;

const PATH = APP_PATH;

// The same for everyone (static); what the install box shows is decided in
// the reader's browser. The QR code carries the site's configured address.
export default async function AppPage() {
  const url = absoluteUrl(PATH, await getSiteUrl());
  const svg = await qrCodeSvg(url);
  return (
    <div className="mx-auto max-w-3xl pb-8">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "APP" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">黔东南信息港 APP</h1>
      <p className="mt-3 text-lg">不用去应用商店下载：把黔东南信息港装到手机主屏幕，打开就是全州新闻。</p>

      <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {FEATURES.map((f) => (
          <li key={f.title} className="rounded border border-line bg-brand-soft p-4">
            <span aria-hidden className="flex h-10 w-10 items-center justify-center rounded-full bg-brand text-lg font-bold text-white">
              {f.mark}
            </span>
            <h2 className="mt-3 font-bold">{f.title}</h2>
            <p className="mt-1 text-sm text-muted">{f.text}</p>
          </li>
        ))}
      </ul>

      <section aria-labelledby="install-heading" className="mt-8">
        <h2 id="install-heading" className="mb-3 text-xl font-bold">
          安装到手机
        </h2>
        <InstallPrompt />
      </section>

      <PageQrCode url={url} path={PATH} title="黔东南信息港 APP" svg={svg} />

      <section id={EDITION_SECTION_ID} aria-labelledby="edition-heading" className="mt-8 scroll-mt-4">
        <h2 id="edition-heading" className="mb-2 text-xl font-bold">
          今日要闻离线阅读
        </h2>
        <p className="mb-3 text-muted">
          出门前下载首页要闻和你关注的栏目的最新文章（连同图片），坐车、进山、没有信号时照样能读。下次下载只更新有变化的文章；离线版只保留一份，随时可以删除。
        </p>
        <EditionDownload />
      </section>

      <section aria-labelledby="elder-heading" className="mt-8">
        <h2 id="elder-heading" className="mb-2 text-xl font-bold">
          长辈模式
        </h2>
        <p className="mb-3 text-muted">
          字更大、颜色对比更强、按钮更大，页面改为单栏，没有动画。每篇文章都可以点「朗读全文」听新闻。选择保存在本机，每个页面顶部的「长辈模式」也能随时切换。
        </p>
        <ReadingSizeSwitch />
      </section>

      <section aria-labelledby="data-saver-heading" className="mt-8">
        <h2 id="data-saver-heading" className="mb-2 text-xl font-bold">
          省流量
        </h2>
        <p className="mb-3 text-muted">
          文章里的图片先显示为占位框（写明图注和大小），点按后才加载；列表不显示缩略图，视频不预先下载封面，APP 也不在后台预先下载任何内容。「自动」在手机或浏览器开启了省流量、或网络只有 2G 时自动开启。选择保存在本机，每个页面顶部的「长辈模式」里也能切换。
        </p>
        <DataSaverSwitch />
      </section>

      <p className="mt-6 text-sm text-muted">不想安装也没关系：在浏览器里打开本站，功能完全一样。</p>
      <div className="mt-1 flex flex-wrap gap-x-6">
        <Link prefetch={false} href="/favorites" className="inline-flex min-h-11 items-center text-sm text-brand underline">
          查看我的收藏
        </Link>
        <Link prefetch={false} href="/subscribe" className="inline-flex min-h-11 items-center text-sm text-brand underline">
          开启新闻推送
        </Link>
      </div>
    </div>
  );
}
