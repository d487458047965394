import type { FeedArticle } from "@/lib/data/articles/list-feed-articles";
import { articleHref } from "@/lib/site/channels";
import type { RssItem } from "./rss";

// Glue between the data layer and the pure XML builders, shared by the feed
// and sitemap route handlers.

/** Five minutes, the feeds' `revalidate`, as the channel's <ttl> in minutes. */
export const FEED_TTL_MINUTES = 5;

/** `absoluteUrl` makes paths absolute against the site's address (absoluteLinks()). */
export function toRssItems(articles: FeedArticle[], absoluteUrl: (path: string) => string): RssItem[] {
  return articles.map((a) => ({
    title: a.title,
    url: absoluteUrl(articleHref(a.id)),
    description: a.summary,
    publishedAt: new Date(a.publishedAt),
    category: a.section.name,
  }));
}

/**
 * When the feed's content last changed: the newest change among its items.
 * Not the render time, which moves on every regeneration even when nothing
 * changed; the render time only when the feed is empty.
 */
export function lastChange(articles: FeedArticle[]): Date {
  if (articles.length === 0) return new Date();
  return new Date(Math.max(...articles.map((a) => Math.max(Date.parse(a.modifiedAt), Date.parse(a.publishedAt)))));
}

export function xmlResponse(xml: string, contentType = "application/xml; charset=utf-8"): Response {
  return new Response(xml, { headers: { "Content-Type": contentType } });
}

export function rssResponse(xml: string): Response {
  return xmlResponse(xml, "application/rss+xml; charset=utf-8");
}

export function notFoundText(message: string): Response {
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
