import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleView } from "@/lib/view-types";
import { articleSelect, PUBLISHED, toArticleView } from "./article-shapes";

/** A published article, or null for unknown, unpublished or withdrawn ids. */
export async function findPublishedArticle(id: number): Promise<ArticleView | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.article.findFirst({ where: { id, status: PUBLISHED }, select: articleSelect });
  return row ? toArticleView(row) : null;
}

export const getPublishedArticle = cachedQuery("article", findPublishedArticle, (id) => [cacheTags.article(id)]);
