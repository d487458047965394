import Link from "next/link";
import type { SiteSettingsView } from "@/lib/view-types";
import { ContactLines } from "./contact-lines";

// Services that exist; the feeds join when they are built.
const FOOTER_LINKS = [
  { href: "/news", label: "新闻中心" },
  { href: "/contribute", label: "在线投稿" },
  { href: "/favorites", label: "我的收藏" },
];

export function SiteFooter({ settings }: { settings: SiteSettingsView }) {
  return (
    <footer className="mt-10 border-t-4 border-brand bg-neutral-50 text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-6">
        <ContactLines settings={settings} />
        <nav aria-label="服务">
          <ul className="flex flex-wrap gap-x-1">
            {FOOTER_LINKS.map((l) => (
              <li key={l.href}>
                <Link prefetch={false} href={l.href} className="inline-flex min-h-11 items-center px-2 hover:text-brand">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {settings.copyright ? <p>{settings.copyright}</p> : null}
        {settings.icp ? <p>{settings.icp}</p> : null}
      </div>
    </footer>
  );
}
