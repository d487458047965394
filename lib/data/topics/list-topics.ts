import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { TopicTeaser } from "@/lib/view-types";

/** Topics for the homepage teaser: ongoing ones first, in the editors' order. */
export async function findTopicTeasers(limit: number): Promise<TopicTeaser[]> {
  const rows = await db.topic.findMany({
    orderBy: [{ ongoing: "desc" }, { position: "asc" }, { id: "desc" }],
    take: limit,
    select: { slug: true, title: true, summary: true, ongoing: true, bannerImage: { select: imageSelect } },
  });
  return rows.map(({ bannerImage, ...t }) => ({ ...t, banner: toImageView(bannerImage) }));
}

export const getTopicTeasers = cachedQuery("topic-teasers", findTopicTeasers, () => [cacheTags.topics]);
