import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SitePage } from "@/components/layout/site-page";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { feedAlternates } from "@/lib/feeds/alternates";

// Written in 网站设置 and read through the `settings` tag: cached like every
// public page, refreshed when an admin saves. Empty means no page (404).
export const revalidate = 3600;

export const metadata: Metadata = { title: "关于我们", alternates: { canonical: "/about", types: feedAlternates() } };

export default async function AboutPage() {
  const settings = await getSiteSettings();
  if (!settings.aboutHtml) notFound();
  return <SitePage title="关于我们" html={settings.aboutHtml} />;
}
