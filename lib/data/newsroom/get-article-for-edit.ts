import "server-only";
import { canViewArticle } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { CorrectionView, ImageView } from "@/lib/view-types";
import { isId } from "@/lib/site/params";

export type EditableArticle = {
  id: number;
  version: number;
  status: string;
  title: string;
  subtitle: string;
  summary: string;
  bodyHtml: string;
  sectionId: number;
  sectionSlug: string;
  authorId: number | null;
  source: string;
  dateline: string;
  reporters: string;
  tags: string;
  coverImageId: number | null;
  cover: ImageView | null;
  isHeadline: boolean;
  isFeatured: boolean;
  isBreaking: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** When its Web Push went out; null when it has not been pushed. */
  pushedAt: string | null;
  editorName: string | null;
  revisions: { id: number; version: number; title: string; note: string; author: string | null; createdAt: string }[];
  corrections: CorrectionView[];
};

/** An article as the editor form needs it; null when unknown or not the actor's to see. */
export async function getArticleForEdit(actor: Actor, id: number): Promise<EditableArticle | null> {
  if (!isId(id)) return null;
  const row = await db.article.findUnique({
    where: { id },
    include: {
      section: { select: { slug: true } },
      source: { select: { name: true } },
      editor: { select: { displayName: true } },
      coverImage: { select: imageSelect },
      reporters: { select: { reporter: { select: { name: true } } }, orderBy: { position: "asc" } },
      tags: { select: { tag: { select: { name: true } } } },
      revisions: {
        orderBy: { id: "desc" },
        take: 50,
        select: { id: true, version: true, title: true, note: true, createdAt: true, author: { select: { displayName: true } } },
      },
      corrections: { orderBy: { createdAt: "asc" }, select: { id: true, wrong: true, corrected: true, createdAt: true } },
    },
  });
  if (!row || !canViewArticle(actor, row)) return null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    title: row.title,
    subtitle: row.subtitle,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    sectionId: row.sectionId,
    sectionSlug: row.section.slug,
    authorId: row.authorId,
    source: row.source?.name ?? "",
    dateline: row.dateline,
    reporters: row.reporters.map((r) => r.reporter.name).join(" "),
    tags: row.tags.map((t) => t.tag.name).join("，"),
    coverImageId: row.coverImageId,
    cover: toImageView(row.coverImage),
    isHeadline: row.isHeadline,
    isFeatured: row.isFeatured,
    isBreaking: row.isBreaking,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    pushedAt: row.pushedAt?.toISOString() ?? null,
    editorName: row.editor?.displayName ?? null,
    revisions: row.revisions.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      note: r.note,
      author: r.author?.displayName ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    corrections: row.corrections.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
  };
}
