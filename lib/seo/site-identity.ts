// Who publishes the site, for structured data and social cards. The site name
// is also an editable setting (SiteSettingsView.siteName); this is its default
// and the fallback where settings are not at hand.
export const SITE_NAME = "黔东南信息港";

/** The publisher logo: the square app icon drawn by scripts/make-icons.ts. */
export const SITE_LOGO_PATH = "/icons/icon-512.png";

export const SITE_LOCALE = "zh_CN";
export const SITE_LANGUAGE = "zh-CN";
