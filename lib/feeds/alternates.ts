import type { Metadata } from "next";
import { SITE_NAME } from "@/lib/seo/site-identity";
import { PHOTOS_FEED_PATH, SITE_FEED_PATH, sectionFeedHref, VIDEO_FEED_PATH } from "./urls";

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/**
 * RSS autodiscovery (<link rel="alternate" type="application/rss+xml">) for
 * a page's metadata: `alternates: { canonical, types: feedAlternates(slug) }`.
 * A section's pages offer the section's feed first, then the whole site's.
 * Next replaces `alternates` as a whole in a child segment, so every page
 * that sets a canonical must pass `types` itself to keep the feed links.
 * Paths only: Next makes them absolute against the root layout's
 * metadataBase, the site's configured address.
 */
export function feedAlternates(sectionSlug?: string, sectionName?: string): AlternateTypes {
  if (!sectionSlug) return { "application/rss+xml": [siteFeed()] };
  return feedFirst(sectionFeedHref(sectionSlug), sectionName ?? sectionSlug);
}

/** 黔图汇's pages offer the channel's feed first, then the whole site's. */
export function photoFeedAlternates(): AlternateTypes {
  return feedFirst(PHOTOS_FEED_PATH, "黔图汇");
}

/** 视听中心's pages, likewise. */
export function videoFeedAlternates(): AlternateTypes {
  return feedFirst(VIDEO_FEED_PATH, "视听中心");
}

function siteFeed() {
  return { url: SITE_FEED_PATH, title: `${SITE_NAME} RSS` };
}

/** A section's or channel's feed, then the whole site's. */
function feedFirst(path: string, name: string): AlternateTypes {
  return { "application/rss+xml": [{ url: path, title: `${name} - ${SITE_NAME} RSS` }, siteFeed()] };
}
