import { dutyContactLine, telHref } from "@/lib/site/duty-contact";
import type { SiteSettingsView } from "@/lib/view-types";

/** 在线投稿邮箱 / 新闻热线 / 值班QQ (or 微信, 电话), from the site settings; empty lines are left out. */
export function ContactLines({ settings, className = "" }: { settings: SiteSettingsView; className?: string }) {
  const lines = [
    { label: "在线投稿邮箱", value: settings.submissionEmail, href: settings.submissionEmail ? `mailto:${settings.submissionEmail}` : null },
    { label: "新闻热线", value: settings.hotline, href: settings.hotline ? telHref(settings.hotline) : null },
    dutyContactLine(settings.dutyContactKind, settings.dutyContact) ?? { label: "值班", value: "", href: null },
  ].filter((l) => l.value);
  if (lines.length === 0) return null;
  return (
    <ul className={`flex flex-wrap items-center gap-x-4 ${className}`}>
      {lines.map((l) => (
        <li key={l.label}>
          {l.label}：{l.href ? (
            <a href={l.href} className="inline-flex min-h-11 items-center hover:text-brand">
              {l.value}
            </a>
          ) : (
            l.value
          )}
        </li>
      ))}
    </ul>
  );
}
