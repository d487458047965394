import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound, notSignedIn } from "../errors";
import { saveArticle } from "./save-article";

/**
 * Makes an earlier revision the current text, as a new save: the text being
 * replaced stays in the history, and the same permission and version checks
 * as any save apply.
 */
export async function restoreRevision(actor: Actor | null, ref: { id: number; version: number; revisionId: number }) {
  if (!actor) throw notSignedIn();
  const revision = await db.articleRevision.findFirst({ where: { id: ref.revisionId, articleId: ref.id } });
  if (!revision) throw notFound("修订记录");
  const current = await db.article.findUnique({ where: { id: ref.id }, select: { isHeadline: true, isFeatured: true, isBreaking: true } });
  if (!current) throw notFound("文章");
  return saveArticle(
    actor,
    {
      id: ref.id,
      version: ref.version,
      title: revision.title,
      subtitle: revision.subtitle,
      summary: revision.summary,
      bodyHtml: revision.bodyHtml,
      sectionId: revision.sectionId,
      source: revision.source,
      dateline: revision.dateline,
      reporters: revision.reporters.split(" ").filter(Boolean),
      tags: revision.tags.split(",").filter(Boolean),
      coverImageId: revision.coverImageId,
      ...current,
    },
    `恢复自修订 #${revision.id}`,
  );
}
