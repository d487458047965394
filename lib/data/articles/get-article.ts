import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { ArticleView } from "@/lib/view-types";
import { articleSelect, toArticleView } from "./article-shapes";
import { STATUS } from "@/lib/content/status";
import { isId } from "@/lib/site/params";

/** A published article, or null for unknown, unpublished or withdrawn ids. */
export async function findPublishedArticle(id: number): Promise<ArticleView | null> {
  if (!isId(id)) return null;
  const row = await db.article.findFirst({ where: { id, status: STATUS.published }, select: articleSelect });
  return row ? toArticleView(row) : null;
}

export const getPublishedArticle = cachedQuery("article", findPublishedArticle, (id) => [cacheTags.article(id)]);
