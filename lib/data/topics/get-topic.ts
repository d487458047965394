import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { URL_SLUG } from "@/lib/site/channels";
import type { TopicView } from "@/lib/view-types";
import { topicItemSelect, topicSummarySelect, toTopicItemView, toTopicSummary } from "./topic-shapes";


/** A visible topic with its groups and items in the editors' order; null for unknown or hidden slugs. */
export async function findVisibleTopic(slug: string): Promise<TopicView | null> {
  if (!URL_SLUG.test(slug)) return null;
  const row = await db.topic.findFirst({
    where: { slug, visible: true },
    select: {
      ...topicSummarySelect,
      introHtml: true,
      groups: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          ...topicSummarySelect.groups.select,
          items: { orderBy: [{ position: "asc" }, { id: "asc" }], select: topicItemSelect },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toTopicSummary(row),
    introHtml: row.introHtml,
    groups: row.groups.map((g) => ({ id: g.id, title: g.title, items: g.items.flatMap((i) => toTopicItemView(i) ?? []) })),
  };
}

/**
 * Tagged with the topic and with every article list: publishing, editing or
 * withdrawing an article expires `articles`, so a title changed or an
 * article withdrawn shows here too.
 */
// Its items are articles, photo sets and videos: any of them being edited or withdrawn shows here.
export const getVisibleTopic = cachedQuery("topic", findVisibleTopic, (slug) => [cacheTags.topic(slug), cacheTags.articles, cacheTags.photos, cacheTags.media]);

/** Slugs of visible topics: built ahead at `next build`, and listed in the sitemap. */
export async function findVisibleTopicSlugs(): Promise<string[]> {
  const rows = await db.topic.findMany({ where: { visible: true }, orderBy: { id: "asc" }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

export const getVisibleTopicSlugs = cachedQuery("topic-slugs", findVisibleTopicSlugs, () => [cacheTags.topics]);
