import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleLink } from "@/lib/view-types";
import { PUBLISHED, toArticleLink } from "./article-shapes";

type Anchor = { id: number; sectionId: number; sectionSlug: string; publishedAt: string };

/**
 * 上一篇 is the article published just before this one in the same section,
 * 下一篇 the one just after. Articles published in the same second are
 * ordered by id, so the chain never skips or repeats one.
 */
export async function findNeighbours({ id, sectionId, publishedAt }: Anchor) {
  const at = new Date(publishedAt);
  const select = { id: true, title: true, publishedAt: true } as const;
  const base = { status: PUBLISHED, sectionId };
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: { ...base, OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: id } }] },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select,
    }),
    db.article.findFirst({
      where: { ...base, OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: id } }] },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select,
    }),
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
