import Link from "next/link";
import { ElderModeMenu } from "@/components/reading/elder-mode-menu";
import { SearchForm } from "@/components/search/search-form";
import { CHANNELS, sectionHref } from "@/lib/site/channels";
import type { SectionView } from "@/lib/view-types";
import { NavLink } from "./nav-link";

/** The fade at the right end of a bar that scrolls sideways on narrow screens (globals.css: .scroll-hint). */
function ScrollHint({ className }: { className: string }) {
  return <span aria-hidden data-scroll-hint className={`scroll-hint pointer-events-none absolute inset-y-0 right-0 w-8 bg-gradient-to-l to-transparent lg:hidden ${className}`} />;
}

type SiteHeaderProps = { siteName: string; sections: SectionView[] };


export function SiteHeader({ siteName, sections }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-white">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link prefetch={false} href="/" className="flex min-h-11 items-center gap-2" aria-label={`${siteName} 首页`}>
          <span aria-hidden className="flex h-9 w-9 items-center justify-center rounded bg-brand text-lg font-bold text-white">
            黔
          </span>
          <span className="text-xl font-bold tracking-wide text-brand sm:text-2xl">{siteName}</span>
        </Link>
        {/* Its own row on phones, between the name and 订阅 on wider screens. */}
        <SearchForm id="site-search" className="order-last w-full sm:order-none sm:w-auto sm:max-w-xs sm:flex-1" />
        <div className="flex items-center gap-2">
          <ElderModeMenu />
          <Link prefetch={false}
            href="/subscribe"
            className="flex min-h-11 items-center rounded-full border border-brand px-4 text-sm font-medium text-brand hover:bg-brand-soft"
          >
            订阅
          </Link>
        </div>
      </div>
      <nav aria-label="频道" className="scroll-hint-scope bg-brand">
        <ul className="scroll-row mx-auto flex max-w-6xl px-2 max-lg:pr-8">
          {CHANNELS.map((c) => (
            <li key={c.href} className="shrink-0">
              <NavLink
                href={c.href}
                matchPrefix
                section={c.href === "/news" ? "*" : undefined}
                className="nav-channel"
                activeClassName="bg-brand-dark"
              >
                {c.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <ScrollHint className="from-brand" />
      </nav>
      <nav aria-label="新闻栏目" className="scroll-hint-scope border-t border-line bg-brand-soft">
        <ul className="scroll-row mx-auto flex max-w-6xl px-2 text-sm max-lg:pr-8">
          <li className="shrink-0">
            <NavLink href="/news" className="nav-section" activeClassName="nav-current">
              要闻
            </NavLink>
          </li>
          {sections.map((s) => (
            <li key={s.slug} className="shrink-0">
              <NavLink
                href={sectionHref(s.slug)}
                matchPrefix
                section={s.slug}
                className="nav-section"
                activeClassName="nav-current"
              >
                {s.name}
              </NavLink>
            </li>
          ))}
        </ul>
        <ScrollHint className="from-brand-soft" />
      </nav>
    </header>
  );
}
