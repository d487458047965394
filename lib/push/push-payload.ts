// Relative: esbuild bundles this into the service worker (serwist build).
import { PUSH_MARKER } from "../views/push-marker";

// What a breaking-news notification carries: the service worker (app/sw.ts)
// shows it as is. Plain JSON, shared by the sender and the worker.
export type PushPayload = { title: string; body: string; url: string; tag: string; icon: string };

export const PUSH_ICON = "/icons/icon-192.png";
const BODY_MAX = 120;

type ArticleForPush = { id: number; title: string; summary: string; subtitle: string; sectionName: string; topicTitle?: string };

/** The notification for an article; `url` absolute, on this site. Sent for a 专题 (topicTitle), the body says which first. */
export function articlePushPayload(article: ArticleForPush, siteUrl: string): PushPayload {
  const text = (article.summary || article.subtitle).replace(/\s+/g, " ").trim();
  const lead = article.topicTitle ? `专题「${article.topicTitle}」：` : "";
  return {
    title: article.title,
    body: clip(lead + (text || `${article.sectionName} · 黔东南信息港`), BODY_MAX),
    // The marker tells the view counter the reader came from this push (lib/views/referrer-class.ts).
    url: new URL(`/article/${article.id}?from=${PUSH_MARKER}`, siteUrl).toString(),
    // One notification per article: a resend replaces rather than stacks.
    tag: `article-${article.id}`,
    icon: PUSH_ICON,
  };
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
