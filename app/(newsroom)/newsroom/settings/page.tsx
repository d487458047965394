import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionsEditor } from "@/components/newsroom/sections-editor";
import { SiteSettingsForm } from "@/components/newsroom/site-settings-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageSite } from "@/lib/auth/permissions";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { findSiteSettings } from "@/lib/data/settings/get-site-settings";
import { updateSectionsAction, updateSiteSettingsAction } from "./actions";

export const metadata: Metadata = { title: "网站设置" };

export default async function SettingsPage() {
  const actor = await requireActor();
  if (!canManageSite(actor)) notFound();
  const [settings, sections] = await Promise.all([findSiteSettings(), findNewsSections()]);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <h1 className="sr-only">网站设置</h1>
      <SiteSettingsForm settings={settings} action={updateSiteSettingsAction} />
      <SectionsEditor sections={sections} action={updateSectionsAction} />
    </div>
  );
}
