import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "../errors";

/** What the permission checks and the workflow need to know of an article. */
export async function loadArticleState(id: number, tx: Prisma.TransactionClient = db) {
  const row = await tx.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      sectionId: true,
      authorId: true,
      status: true,
      version: true,
      isHeadline: true,
      isFeatured: true,
      publishedAt: true,
      section: { select: { slug: true } },
    },
  });
  if (!row) throw notFound("文章");
  return row;
}

export type ArticleState = Awaited<ReturnType<typeof loadArticleState>>;
