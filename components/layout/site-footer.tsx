import Link from "next/link";
import { telHref } from "@/lib/site/duty-contact";
import { MIIT_REGISTRY_URL, policeRecordUrl, REPORT_CENTER_URL } from "@/lib/site/registry-links";
import type { SiteSettingsView } from "@/lib/view-types";
import { ContactLines } from "./contact-lines";

const SERVICE_LINKS = [
  { href: "/news", label: "新闻中心" },
  { href: "/contribute", label: "在线投稿" },
  { href: "/subscribe", label: "订阅" },
  { href: "/favorites", label: "我的收藏" },
];

const link = "inline-flex min-h-11 items-center hover:text-brand";

/**
 * Contact lines, 关于我们 / 联系我们, and the registrations a Chinese portal
 * shows (ICP, 公安备案, 新闻许可证, 违法和不良信息举报): each from the site
 * settings, each left out while it is empty.
 */
export function SiteFooter({ settings }: { settings: SiteSettingsView }) {
  const pages = [
    settings.aboutHtml ? { href: "/about", label: "关于我们" } : null,
    settings.contactHtml ? { href: "/contact", label: "联系我们" } : null,
  ].filter((l) => l !== null);
  const reporting = settings.reportPhone || settings.reportEmail;
  return (
    <footer className="mt-10 border-t-4 border-brand bg-neutral-50 text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-6">
        <ContactLines settings={settings} />
        <nav aria-label="服务">
          <ul className="flex flex-wrap gap-x-1">
            {[...pages, ...SERVICE_LINKS].map((l) => (
              <li key={l.href}>
                <Link prefetch={false} href={l.href} className={`${link} px-2`}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {reporting ? (
          <p className="flex flex-wrap items-center gap-x-3" data-testid="report-line">
            <span>违法和不良信息举报</span>
            {settings.reportPhone ? (
              <a href={telHref(settings.reportPhone)} className={link}>
                电话：{settings.reportPhone}
              </a>
            ) : null}
            {settings.reportEmail ? (
              <a href={`mailto:${settings.reportEmail}`} className={link}>
                邮箱：{settings.reportEmail}
              </a>
            ) : null}
            <a href={REPORT_CENTER_URL} target="_blank" rel="noopener noreferrer" className={link}>
              中央网信办违法和不良信息举报中心 12377
            </a>
          </p>
        ) : null}
        {settings.copyright ? <p>{settings.copyright}</p> : null}
        <p className="flex flex-wrap items-center gap-x-4">
          {settings.icp ? (
            <a href={MIIT_REGISTRY_URL} target="_blank" rel="noopener noreferrer" className={link}>
              {settings.icp}
            </a>
          ) : null}
          {settings.policeRecord ? (
            <a href={policeRecordUrl(settings.policeRecord)} target="_blank" rel="noopener noreferrer" className={link}>
              {settings.policeRecord}
            </a>
          ) : null}
          {settings.newsLicense ? <span>互联网新闻信息服务许可证：{settings.newsLicense}</span> : null}
        </p>
      </div>
    </footer>
  );
}
