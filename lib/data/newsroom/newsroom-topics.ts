import "server-only";
import { db } from "@/lib/db/client";
import { imageSrc } from "@/lib/media/image-url";
import { toImageView, imageSelect } from "@/lib/data/images/image-view";
import { topicItemSelect, topicOrder, type TopicItemRow } from "@/lib/data/topics/topic-shapes";
import type { TopicItemKind } from "@/lib/validation/topic";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

// The newsroom's reads for 专题. Never cached; callers check canManageTopics.

export async function listNewsroomTopics() {
  const rows = await db.topic.findMany({
    orderBy: topicOrder,
    select: { id: true, slug: true, title: true, ongoing: true, visible: true, groups: { select: { _count: { select: { items: true } } } } },
  });
  return rows.map(({ groups, ...t }) => ({ ...t, itemCount: groups.reduce((n, g) => n + g._count.items, 0) }));
}

/** `pushed`: an article item sent to the topic's subscribers already. */
export type NewsroomTopicItem = { itemId: number; kind: TopicItemKind; targetId: number; title: string; published: boolean; pushed: boolean };

function toNewsroomItem(row: TopicItemRow & { pushedAt: Date | null }): NewsroomTopicItem {
  const pushed = row.pushedAt !== null;
  if (row.article) return { itemId: row.id, kind: "article", targetId: row.article.id, title: row.article.title, published: row.article.status === STATUS.published, pushed };
  if (row.photoSet) return { itemId: row.id, kind: "photos", targetId: row.photoSet.id, title: row.photoSet.title, published: row.photoSet.status === STATUS.published, pushed };
  const m = row.mediaItem!;
  return { itemId: row.id, kind: "media", targetId: m.id, title: m.title, published: m.status === STATUS.published, pushed };
}

/** A topic with everything the edit page shows, drafts included; null for unknown ids. */
export async function getTopicForEdit(id: number) {
  const row = await db.topic.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      introHtml: true,
      ongoing: true,
      visible: true,
      bannerImageId: true,
      bannerImage: { select: imageSelect },
      groups: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, items: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { ...topicItemSelect, pushedAt: true } } },
      },
    },
  });
  if (!row) return null;
  const banner = toImageView(row.bannerImage);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    introHtml: row.introHtml,
    ongoing: row.ongoing,
    visible: row.visible,
    banner: row.bannerImageId && banner ? { id: row.bannerImageId, src: imageSrc(banner, 640) } : null,
    groups: row.groups.map((g) => ({ id: g.id, title: g.title, items: g.items.map(toNewsroomItem) })),
  };
}

export type TopicForEdit = NonNullable<Awaited<ReturnType<typeof getTopicForEdit>>>;

/**
 * The picker's title search over published articles: a plain LIKE, enough
 * for an editor looking for a headline they remember.
 */
export async function searchPublishedArticles(query: string, limit = 20) {
  const q = query.trim().slice(0, 50);
  if (!q) return [];
  const rows = await db.article.findMany({
    where: { status: STATUS.published, title: { contains: q } },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { id: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, publishedAt: (r.publishedAt ?? new Date(0)).toISOString() }));
}
