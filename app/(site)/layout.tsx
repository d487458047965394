import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DataSaverScript } from "@/components/data-saver/data-saver-script";
import { OfflineEditionBanner } from "@/components/edition/offline-edition-banner";
import { ReadingSizeScript } from "@/components/reading/reading-size-script";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [sections, settings] = await Promise.all([getNewsSections(), getSiteSettings()]);
  return (
    <>
      <ReadingSizeScript />
      <DataSaverScript />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:z-10 focus:bg-white focus:p-2">
        跳到正文
      </a>
      <SiteHeader siteName={settings.siteName} sections={sections} />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-4">
        <OfflineEditionBanner />
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}
