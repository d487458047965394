import "server-only";
import { getFeedArticles } from "@/lib/data/articles/list-feed-articles";
import { getNewsSection } from "@/lib/data/sections/get-sections";
import { getVisibleTopic } from "@/lib/data/topics/get-topic";
import { SECTION_FOLLOW_ITEMS, type FollowFeed } from "@/lib/follows/follow-feed";
import { articleHref, sectionHref } from "@/lib/site/channels";
import { topicHref, topicItemHref, topicItemKey } from "@/lib/topics/topic-urls";

// The lists behind 关注, from the cached reads the section's RSS feed and the
// topic's page already use (same tags, so a publish reaches them at once).

/** A news section's newest articles; null for an unknown section. */
export async function sectionFollowFeed(slug: string): Promise<FollowFeed | null> {
  const section = await getNewsSection(slug);
  if (!section) return null;
  const articles = await getFeedArticles({ sectionId: section.id, sectionSlug: section.slug });
  return {
    kind: "section",
    slug: section.slug,
    name: section.name,
    href: sectionHref(section.slug),
    items: articles.slice(0, SECTION_FOLLOW_ITEMS).map((a) => ({ key: `article:${a.id}`, title: a.title, href: articleHref(a.id), publishedAt: a.publishedAt, modifiedAt: a.modifiedAt })),
  };
}

/** Every item a reader sees in a visible topic, newest first; null for an unknown or hidden topic. */
export async function topicFollowFeed(slug: string): Promise<FollowFeed | null> {
  const topic = await getVisibleTopic(slug);
  if (!topic) return null;
  const seen = new Set<string>();
  const items = topic.groups
    .flatMap((g) => g.items)
    .map((item) => ({ key: topicItemKey(item), title: item.title, href: topicItemHref(item), publishedAt: item.publishedAt }))
    // An item may sit in two groups of the topic: listed once.
    .filter((item) => !seen.has(item.key) && seen.add(item.key))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return { kind: "topic", slug: topic.slug, name: topic.title, href: topicHref(topic.slug), items };
}
