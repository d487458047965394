"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLinkProps = {
  href: string;
  className: string;
  activeClassName: string;
  /** Also active on every page below href (a section's pages and its list pages). */
  matchPrefix?: boolean;
  children: React.ReactNode;
};

// The one client piece of the header: the pages are cached and shared by all
// readers, so the current entry is marked in the browser, not on the server.
export function NavLink({ href, className, activeClassName, matchPrefix = false, children }: NavLinkProps) {
  const pathname = usePathname() ?? "";
  const active = pathname === href || (matchPrefix && href !== "/" && pathname.startsWith(`${href}/`));
  return (
    // No viewport prefetch anywhere on the readers' pages: the bars alone would
    // fetch a dozen pages (50–95 KB) on every page view, on phones that pay
    // for every byte. A tap still navigates without a full reload.
    <Link prefetch={false} href={href} className={`${className} ${active ? activeClassName : ""}`} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
