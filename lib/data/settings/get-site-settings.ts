import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { SiteSettingsView } from "@/lib/view-types";

// Used before the first start has written the settings row (and by tests):
// the site must still render, with empty contact lines.
const FALLBACK: SiteSettingsView = {
  siteName: "黔东南信息港",
  siteDescription: "",
  submissionEmail: "",
  hotline: "",
  dutyContact: "",
  dutyContactKind: "qq",
  originalStatement: "",
  reprintStatement: "",
  copyright: "",
  icp: "",
  siteUrl: "",
  policeRecord: "",
  newsLicense: "",
  reportPhone: "",
  reportEmail: "",
  aboutHtml: "",
  contactHtml: "",
};

export async function findSiteSettings(): Promise<SiteSettingsView> {
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  if (!row) return FALLBACK;
  const { id: _id, updatedAt: _updatedAt, ...view } = row;
  return view;
}

export const getSiteSettings = cachedQuery("site-settings", findSiteSettings, () => [cacheTags.settings]);
