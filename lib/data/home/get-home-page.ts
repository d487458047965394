import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { findLatestArticles } from "@/lib/data/articles/list-articles";
import { findMostRead } from "@/lib/data/articles/get-most-read";
import { listItemSelect, toListItem } from "@/lib/data/articles/article-shapes";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { findTopicTeasers } from "@/lib/data/topics/list-topics";
import type { ArticleListItem, SectionView, TopicTeaser } from "@/lib/view-types";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

export type HomePageData = {
  /** 头条 */
  lead: ArticleListItem | null;
  topStories: ArticleListItem[];
  /** 图片新闻 */
  pictures: ArticleListItem[];
  /** 热点排行: the last 24 hours, and the 7-day list beside it. */
  mostRead: ArticleListItem[];
  mostReadWeek: ArticleListItem[];
  sectionBlocks: { section: SectionView; items: ArticleListItem[] }[];
  topics: TopicTeaser[];
};


async function findLead(): Promise<ArticleListItem | null> {
  // The editors' 头条 if there is one with a picture, else the newest story with a picture.
  const flagged = await db.article.findFirst({
    where: { status: STATUS.published, isHeadline: true, coverImageId: { not: null } },
    orderBy: NEWEST_FIRST,
    select: listItemSelect,
  });
  const row =
    flagged ??
    (await db.article.findFirst({
      where: { status: STATUS.published, coverImageId: { not: null } },
      orderBy: NEWEST_FIRST,
      select: listItemSelect,
    }));
  return row ? toListItem(row) : null;
}

async function findPictures(limit: number): Promise<ArticleListItem[]> {
  const rows = await db.article.findMany({
    where: { status: STATUS.published, coverImageId: { not: null } },
    orderBy: [{ isFeatured: "desc" }, ...NEWEST_FIRST],
    take: limit,
    select: listItemSelect,
  });
  return rows.map(toListItem);
}

export async function findHomePage(): Promise<HomePageData> {
  const [lead, sections, pictures, mostRead, mostReadWeek, topics, latest] = await Promise.all([
    findLead(),
    findNewsSections(),
    findPictures(8),
    findMostRead(10, "day"),
    findMostRead(10, "week"),
    findTopicTeasers(3),
    findLatestArticles({ limit: 9 }),
  ]);
  const topStories = latest.filter((a) => a.id !== lead?.id).slice(0, 8);
  const sectionBlocks = await Promise.all(
    sections.map(async (section) => ({ section, items: await findLatestArticles({ sectionId: section.id, limit: 6 }) })),
  );
  return { lead, topStories, pictures, mostRead, mostReadWeek, sectionBlocks, topics };
}

export const getHomePage = cachedQuery("home", findHomePage, () => [cacheTags.home, cacheTags.articles], 60);
