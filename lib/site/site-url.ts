// The one public address every absolute link rendered on the server carries
// (canonical, OpenGraph, feeds, sitemaps, JSON-LD, push messages). Readers'
// copy and share buttons use the address they are on instead (location.origin).

export type SiteUrlSources = {
  /** SITE_URL from the environment: wins, so a deployment can pin it. */
  envUrl?: string;
  /** 网站地址 from /newsroom/settings. */
  settingUrl?: string;
  /** The port the server listens on, for the last resort. */
  port?: string;
};

export type SiteUrlSource = "env" | "setting" | "port";

/** Which address absolute links carry, and where it came from. */
export function resolveSiteUrl({ envUrl, settingUrl, port }: SiteUrlSources): { url: string; source: SiteUrlSource } {
  if (envUrl) return { url: new URL(envUrl).origin, source: "env" };
  if (settingUrl) return { url: new URL(settingUrl).origin, source: "setting" };
  return { url: `http://localhost:${port || "3000"}`, source: "port" };
}

/** `path` made absolute against the site's address. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString();
}

/**
 * The start-up warning when absolute links fall back to localhost: one line
 * saying what they will carry and how to set the real address; null otherwise.
 */
export function siteUrlWarning(resolved: { url: string; source: SiteUrlSource }): string | null {
  if (resolved.source !== "port") return null;
  return `[网站地址] 未设置 SITE_URL 或网站设置中的「网站地址」，页面中的绝对链接（canonical、RSS、站点地图、分享数据、推送）将使用 ${resolved.url}；请设置环境变量 SITE_URL=https://你的域名，或由管理员在 /newsroom/settings 填写网站地址。`;
}
