import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";

export const metadata: Metadata = { title: "页面不存在", robots: { index: false } };

// URLs that match no route render here, outside the (site) layout, so the
// header and footer are drawn again.
export default async function NotFound() {
  const [sections, settings] = await Promise.all([getNewsSections(), getSiteSettings()]);
  return (
    <>
      <SiteHeader siteName={settings.siteName} sections={sections} />
      <main id="main" className="mx-auto max-w-6xl px-4">
        <NotFoundMessage />
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}
