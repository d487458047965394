// Relative: esbuild bundles this into the service worker (serwist build).
import { PUSH_ICON, type PushPayload } from "../../push/push-payload";

// How the service worker (app/sw.ts) turns a push message into a
// notification. Plain functions, no worker globals: unit-tested.

export type NotificationToShow = { title: string; body: string; url: string; tag: string; icon: string };

const DEFAULT_TITLE = "黔东南信息港";
const DEFAULT_BODY = "有一条新的重要新闻，点击查看。";

/**
 * The notification for a message's text. Anything missing or malformed gets
 * a Chinese default, and a link or icon to another site is replaced by this
 * site's: a notification only ever opens pages of the portal.
 */
export function notificationFromPush(text: string | null, origin: string): NotificationToShow {
  let data: Partial<Record<keyof PushPayload, unknown>> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === "object") data = parsed;
  } catch {
    // Not JSON: show the defaults rather than nothing (browsers penalise silent pushes).
  }
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  return {
    title: str(data.title) ?? DEFAULT_TITLE,
    body: str(data.body) ?? DEFAULT_BODY,
    url: sameOrigin(str(data.url), origin) ?? `${origin}/`,
    tag: str(data.tag) ?? "qdn-news",
    icon: sameOrigin(str(data.icon), origin) ?? `${origin}${PUSH_ICON}`,
  };
}

function sameOrigin(value: string | null, origin: string): string | null {
  if (!value || !URL.canParse(value, origin)) return null;
  const url = new URL(value, origin);
  return url.origin === origin ? url.toString() : null;
}

/**
 * An open window already showing the URL (its #fragment and the push marker
 * `from=push` aside), to focus instead of opening another.
 */
export function windowShowing<T extends { url: string }>(windows: readonly T[], url: string): T | undefined {
  const bare = (u: string) => u.split("#")[0].replace(/[?&]from=push(?=&|$)/, "");
  return windows.find((w) => bare(w.url) === bare(url));
}
