import Link from "next/link";
import { ElderModeMenu } from "@/components/reading/elder-mode-menu";
import { SearchForm } from "@/components/search/search-form";
import { CHANNELS, sectionHref } from "@/lib/site/channels";
import { MARK_CURRENT_NAV_SCRIPT } from "@/lib/client/nav/mark-current-nav";
import type { SectionView } from "@/lib/view-types";
import { NavCurrentMarker } from "./nav-current-marker";

/** The fade at the right end of a bar that scrolls sideways on narrow screens (globals.css: .scroll-hint). */
function ScrollHint({ className }: { className: string }) {
  return <span aria-hidden data-scroll-hint className={`scroll-hint pointer-events-none absolute inset-y-0 right-0 w-8 bg-gradient-to-l to-transparent lg:hidden ${className}`} />;
}

type NavEntryProps = {
  href: string;
  className: string;
  /** Also current on every page below href (a section's pages and its list pages). */
  matchPrefix?: boolean;
  /** Also current on a page that belongs to this news section (an article names it with data-current-section); "*" for any section. */
  section?: string;
  children: React.ReactNode;
};

/**
 * A plain link, not a client component: the bars are on every page, and
 * hydrating 15 links only to mark one was most of the header's cost. No
 * viewport prefetch either: the bars alone would fetch a dozen pages on
 * every page view, on phones that pay for every byte. markCurrentNav sets
 * aria-current in the browser (the page is cached for everyone).
 */
function NavEntry({ href, className, matchPrefix = false, section, children }: NavEntryProps) {
  return (
    <a href={href} className={className} data-nav="" data-nav-prefix={matchPrefix ? "" : undefined} data-nav-section={section} suppressHydrationWarning>
      {children}
    </a>
  );
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
              <NavEntry href={c.href} matchPrefix section={c.href === "/news" ? "*" : undefined} className="nav-channel">
                {c.label}
              </NavEntry>
            </li>
          ))}
        </ul>
        <ScrollHint className="from-brand" />
      </nav>
      <nav aria-label="新闻栏目" className="scroll-hint-scope border-t border-line bg-brand-soft">
        <ul className="scroll-row mx-auto flex max-w-6xl px-2 text-sm max-lg:pr-8">
          <li className="shrink-0">
            <NavEntry href="/news" className="nav-section">
              要闻
            </NavEntry>
          </li>
          {sections.map((s) => (
            <li key={s.slug} className="shrink-0">
              <NavEntry href={sectionHref(s.slug)} matchPrefix section={s.slug} className="nav-section">
                {s.name}
              </NavEntry>
            </li>
          ))}
        </ul>
        <ScrollHint className="from-brand-soft" />
      </nav>
      {/* Marks the current entry before the bars are painted (by the URL); the marker redoes it after each navigation. */}
      <script dangerouslySetInnerHTML={{ __html: MARK_CURRENT_NAV_SCRIPT }} />
      <NavCurrentMarker />
    </header>
  );
}
