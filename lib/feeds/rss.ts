import { escapeHtml } from "@/lib/content/escape-html";
import { element, escapeXml, XML_DECLARATION } from "./xml";

// RSS 2.0 (https://www.rssboard.org/rss-specification), written by hand: the
// format is small and a dependency would only add weight. Pure: the route
// handlers fetch the data and pass absolute URLs in.

export type RssItem = {
  title: string;
  /** Absolute URL; also the permalink guid, since article URLs never change. */
  url: string;
  description: string;
  publishedAt: Date;
  category?: string;
  /** A media file attached to the item (podcasts, video feeds); length in bytes. */
  enclosure?: { url: string; length: number; type: string };
};

export type RssChannel = {
  title: string;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself, for <atom:link rel="self">. */
  selfUrl: string;
  description: string;
  items: RssItem[];
  buildDate: Date;
  /** Minutes a reader may cache the feed; matches the routes' revalidate. */
  ttlMinutes?: number;
  language?: string;
};

/** RFC 822 date-time, as RSS 2.0 requires: "Sat, 21 Aug 2009 02:26:15 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/**
 * Feed readers render <description> as HTML, while ours are plain text (a
 * summary, a reader's 在线投稿): escaped as HTML first, then as XML, so that
 * "<img onerror=…>" arrives in the reader as text, never as markup.
 */
const htmlDescription = (text: string) => element("description", escapeHtml(text));

function itemXml(item: RssItem): string {
  return [
    "<item>",
    element("title", item.title),
    element("link", item.url),
    `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
    htmlDescription(item.description),
    element("pubDate", rfc822(item.publishedAt)),
    item.category ? element("category", item.category) : "",
    item.enclosure
      ? `<enclosure url="${escapeXml(item.enclosure.url)}" length="${item.enclosure.length}" type="${escapeXml(item.enclosure.type)}"/>`
      : "",
    "</item>",
  ].join("");
}

export function buildRss(channel: RssChannel): string {
  const { ttlMinutes = 5, language = "zh-cn" } = channel;
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    htmlDescription(channel.description),
    element("language", language),
    element("lastBuildDate", rfc822(channel.buildDate)),
    element("ttl", String(ttlMinutes)),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(itemXml),
    "</channel>",
    "</rss>",
  ].join("\n");
}
