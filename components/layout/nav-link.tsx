"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type NavLinkProps = {
  href: string;
  className: string;
  activeClassName: string;
  /** Also active on every page below href (a section's pages and its list pages). */
  matchPrefix?: boolean;
  /**
   * Also active on a page that belongs to this news section (an article names
   * its section with data-current-section); "*" for any section (新闻中心).
   */
  section?: string;
  children: React.ReactNode;
};

/** The section the page on screen belongs to, read from the page itself after each navigation. */
function useCurrentSection(pathname: string): string | null {
  const [section, setSection] = useState<string | null>(null);
  useEffect(() => {
    // The page's own DOM, read after each navigation: it is outside React's state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSection(document.querySelector("[data-current-section]")?.getAttribute("data-current-section") ?? null);
  }, [pathname]);
  return section;
}

// The one client piece of the header: the pages are cached and shared by all
// readers, so the current entry is marked in the browser, not on the server.
export function NavLink({ href, className, activeClassName, matchPrefix = false, section, children }: NavLinkProps) {
  const pathname = usePathname() ?? "";
  const current = useCurrentSection(pathname);
  const active =
    pathname === href ||
    (matchPrefix && href !== "/" && pathname.startsWith(`${href}/`)) ||
    (section !== undefined && current !== null && (section === "*" || section === current));
  return (
    // No viewport prefetch anywhere on the readers' pages: the bars alone would
    // fetch a dozen pages (50–95 KB) on every page view, on phones that pay
    // for every byte. A tap still navigates without a full reload.
    <Link prefetch={false} href={href} className={`${className} ${active ? activeClassName : ""}`} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
