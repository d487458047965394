import type { Metadata } from "next";
import { absoluteUrl, PHOTOS_FEED_PATH, SITE_FEED_PATH, sectionFeedHref } from "./urls";

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

const SITE_NAME = "黔东南信息港";

/**
 * RSS autodiscovery (<link rel="alternate" type="application/rss+xml">) for
 * a page's metadata: `alternates: { canonical, types: feedAlternates(slug) }`.
 * A section's pages offer the section's feed first, then the whole site's.
 * Next replaces `alternates` as a whole in a child segment, so every page
 * that sets a canonical must pass `types` itself to keep the feed links.
 */
export function feedAlternates(sectionSlug?: string, sectionName?: string): AlternateTypes {
  const site = { url: absoluteUrl(SITE_FEED_PATH), title: `${SITE_NAME} RSS` };
  if (!sectionSlug) return { "application/rss+xml": [site] };
  const section = { url: absoluteUrl(sectionFeedHref(sectionSlug)), title: `${sectionName ?? sectionSlug} - ${SITE_NAME} RSS` };
  return { "application/rss+xml": [section, site] };
}

/** 黔图汇's pages offer the channel's feed first, then the whole site's. */
export function photoFeedAlternates(): AlternateTypes {
  const photos = { url: absoluteUrl(PHOTOS_FEED_PATH), title: `黔图汇 - ${SITE_NAME} RSS` };
  return { "application/rss+xml": [photos, { url: absoluteUrl(SITE_FEED_PATH), title: `${SITE_NAME} RSS` }] };
}
