import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { CorrectionView } from "@/lib/view-types";
import { STATUS } from "@/lib/content/status";

export type PublishedCorrection = CorrectionView & { article: { id: number; title: string; sectionName: string } };

/** How many corrections /corrections lists, newest first. */
export const CORRECTIONS_LISTED = 100;

/** The newest corrections of articles that are still published. */
export async function listPublishedCorrections(limit = CORRECTIONS_LISTED): Promise<PublishedCorrection[]> {
  const rows = await db.articleCorrection.findMany({
    where: { article: { status: STATUS.published } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      wrong: true,
      corrected: true,
      createdAt: true,
      article: { select: { id: true, title: true, section: { select: { name: true } } } },
    },
  });
  return rows.map(({ article, createdAt, ...c }) => ({
    ...c,
    createdAt: createdAt.toISOString(),
    article: { id: article.id, title: article.title, sectionName: article.section.name },
  }));
}

// Tagged `articles` too: a withdrawn article's corrections leave the list with it.
export const getPublishedCorrections = cachedQuery("corrections", listPublishedCorrections, () => [
  cacheTags.corrections,
  cacheTags.articles,
]);
