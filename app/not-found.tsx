import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";

export const metadata: Metadata = { title: "页面不存在", robots: { index: false } };

// URLs that match no route render here, outside the (site) layout. Next puts
// this page into the RSC payload of every page (the root's not-found
// boundary), so it draws only the site's name and the way back: the full
// header and footer here were a second copy of both, about 10 KB, in every
// page a reader downloads. Unknown articles, sections and page numbers get
// app/(site)/not-found.tsx, inside the site's layout.
export default async function NotFound() {
  const { siteName } = await getSiteSettings();
  return (
    <>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl px-4 py-3">
          <Link prefetch={false} href="/" className="flex min-h-11 items-center text-xl font-bold tracking-wide text-brand sm:text-2xl">
            {siteName}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4">
        <NotFoundMessage />
      </main>
    </>
  );
}
