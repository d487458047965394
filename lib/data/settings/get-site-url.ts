import "server-only";
import { env } from "@/lib/env";
import { absoluteUrl, resolveSiteUrl } from "@/lib/site/site-url";
import { findSiteSettings, getSiteSettings } from "./get-site-settings";

/**
 * The site's public address: SITE_URL, else 网站地址 from the settings (read
 * through the tagged cache, so pages stay cached and a change revalidates
 * them with the other settings), else http://localhost:$PORT.
 */
export async function getSiteUrl(): Promise<string> {
  return siteUrlFrom(env.SITE_URL ? null : await getSiteSettings());
}

/** The same, read past the cache: for code that runs outside Next (push:send) or must see a change at once. */
export async function findSiteUrl(): Promise<string> {
  return siteUrlFrom(env.SITE_URL ? null : await findSiteSettings());
}

function siteUrlFrom(settings: { siteUrl: string } | null): string {
  return resolveSiteUrl({ envUrl: env.SITE_URL, settingUrl: settings?.siteUrl, port: process.env.PORT }).url;
}

/** A function that makes paths absolute against the site's address (one cached read for all the links of a response). */
export async function absoluteLinks(): Promise<(path: string) => string> {
  const site = await getSiteUrl();
  return (path) => absoluteUrl(path, site);
}
