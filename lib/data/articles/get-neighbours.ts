import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleLink } from "@/lib/view-types";
import { publishOrderNeighbours } from "../publish-order";
import { toArticleLink } from "./article-shapes";
import { STATUS } from "@/lib/content/status";

type Anchor = { id: number; sectionId: number; sectionSlug: string; publishedAt: string };

/** 上一篇 and 下一篇: the neighbours by publish time within the article's section. */
export async function findNeighbours({ id, sectionId, publishedAt }: Anchor) {
  const { before, after } = publishOrderNeighbours(id, publishedAt);
  const select = { id: true, title: true, publishedAt: true } as const;
  const base = { status: STATUS.published, sectionId };
  const [previous, next] = await Promise.all([
    db.article.findFirst({ where: { ...base, ...before.where }, orderBy: before.orderBy, select }),
    db.article.findFirst({ where: { ...base, ...after.where }, orderBy: after.orderBy, select }),
  ]);
  return {
    previous: previous ? toArticleLink(previous) : null,
    next: next ? toArticleLink(next) : null,
  } satisfies { previous: ArticleLink | null; next: ArticleLink | null };
}

// Tagged with the section: publishing or withdrawing anywhere in it can change
// who the neighbours are.
export const getNeighbours = cachedQuery("neighbours", findNeighbours, (a) => [
  cacheTags.section(a.sectionSlug),
  cacheTags.article(a.id),
]);
