// Where a reader came from, in the classes the newsroom reads: the search
// engines and social apps Chinese readers use, our own push, this site,
// nothing (typed, bookmarked, or an app that hides the referrer), or another
// site by its host name. Pure: the beacon route passes what the page saw.
import { PUSH_MARKER } from "./push-marker";

export const SEARCH_REFERRERS = ["baidu", "sogou", "so360", "shenma", "bing"] as const;
export const SOCIAL_REFERRERS = ["wechat", "weibo", "qq", "douyin", "toutiao"] as const;
export const REFERRER_CLASSES = [...SEARCH_REFERRERS, ...SOCIAL_REFERRERS, "push", "internal", "direct", "other"] as const;
export type ReferrerClass = (typeof REFERRER_CLASSES)[number];

export const REFERRER_LABELS: Record<ReferrerClass, string> = {
  baidu: "百度",
  sogou: "搜狗",
  so360: "360搜索",
  shenma: "神马",
  bing: "必应",
  wechat: "微信",
  weibo: "微博",
  qq: "QQ",
  douyin: "抖音",
  toutiao: "今日头条",
  push: "推送",
  internal: "站内",
  direct: "直接访问",
  other: "其他网站",
};

/** Host suffixes per class; the first match wins, so 微信's qq.com hosts come before QQ's. */
const HOSTS: [ReferrerClass, string[]][] = [
  ["baidu", ["baidu.com"]],
  ["sogou", ["sogou.com"]],
  ["so360", ["so.com", "360.cn", "360.com"]],
  ["shenma", ["sm.cn"]],
  ["bing", ["bing.com"]],
  ["wechat", ["weixin.qq.com", "wx.qq.com"]],
  ["weibo", ["weibo.com", "weibo.cn", "t.cn"]],
  ["qq", ["qq.com"]],
  ["douyin", ["douyin.com", "iesdouyin.com"]],
  ["toutiao", ["toutiao.com", "snssdk.com"]],
];

/**
 * In-app browsers often send no referrer at all; their user agents say
 * which app they are (微信 MicroMessenger, 微博 Weibo, QQ, 抖音 aweme,
 * 今日头条 NewsArticle).
 */
const APP_AGENTS: [ReferrerClass, RegExp][] = [
  ["wechat", /MicroMessenger/i],
  ["weibo", /\bWeibo\b/i],
  ["douyin", /\baweme/i],
  ["toutiao", /\bNewsArticle\//],
  ["qq", /\bQQ\/\d/],
];

export type ReferrerInfo = { cls: ReferrerClass; host: string | null };


/** `siteHosts`: this site's own host names (the public address and the one the request came to). */
export function classifyReferrer(input: { referrer: string; from: string; userAgent: string; siteHosts: string[] }): ReferrerInfo {
  if (input.from === PUSH_MARKER) return { cls: "push", host: null };
  const host = hostOf(input.referrer);
  if (host) {
    if (input.siteHosts.some((h) => h.toLowerCase().replace(/^www\./, "") === host)) return { cls: "internal", host: null };
    for (const [cls, suffixes] of HOSTS) {
      if (suffixes.some((s) => host === s || host.endsWith(`.${s}`))) return { cls, host: null };
    }
    return { cls: "other", host };
  }
  for (const [cls, pattern] of APP_AGENTS) if (pattern.test(input.userAgent)) return { cls, host: null };
  return { cls: "direct", host: null };
}

/** Lower-case host of an http(s) address, without "www."; null when there is none. */
function hostOf(referrer: string): string | null {
  if (!referrer || !URL.canParse(referrer)) return null;
  const url = new URL(referrer);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.hostname.toLowerCase().replace(/^www\./, "").slice(0, 100) || null;
}
