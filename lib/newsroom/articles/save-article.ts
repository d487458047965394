import "server-only";
import { sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { resolveNames } from "@/lib/data/articles/article-names";
import { summaryOrExcerpt } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { syncArticleSearch, syncSearchQuietly } from "@/lib/search/sync-search";
import { canCreateArticle, canEditArticle, canPublishArticle, canSetHomepageFlags } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/date";
import type { ArticleFormInput } from "@/lib/validation/article-form";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { loadArticleState } from "./load-article";
import { publicTagsFor } from "./public-tags";
import { recordRevision } from "./record-revision";
import { STATUS } from "@/lib/content/status";

export type SaveOutcome = { id: number; version: number; revalidate: string[] };

const LIVE: ReadonlySet<string> = new Set([STATUS.published, STATUS.scheduled]);

/**
 * Creates a draft (no id) or saves an article. Every save keeps a revision.
 * Saving over someone else's newer save is refused (optimistic concurrency
 * on `version`), and the refused text is kept as a revision, so both texts
 * survive.
 */
export async function saveArticle(actor: Actor | null, input: ArticleFormInput, note = "保存"): Promise<SaveOutcome> {
  const saved = await saveArticleContent(actor, input, note);
  // The lead picture's 图注 and alt text, from the editor (other callers leave them as they are).
  if (input.coverImageId && input.coverAlt !== undefined) {
    await db.image.update({ where: { id: input.coverImageId }, data: { alt: input.coverAlt, caption: input.coverCaption ?? "" } });
  }
  return saved;
}

async function saveArticleContent(actor: Actor | null, input: ArticleFormInput, note: string): Promise<SaveOutcome> {
  if (!actor) throw notSignedIn();
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true, slug: true } });
  if (!section) throw new CommandError("invalid", "栏目不存在", { sectionId: "栏目不存在" });
  if (input.coverImageId && !(await db.image.findUnique({ where: { id: input.coverImageId }, select: { id: true } }))) {
    throw new CommandError("invalid", "封面图片不存在", { coverImageId: "封面图片不存在" });
  }

  const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
  const content = {
    title: input.title,
    subtitle: input.subtitle,
    summary: summaryOrExcerpt(input.summary, bodyHtml),
    bodyHtml,
    sectionId: section.id,
    source: input.source,
    dateline: input.dateline,
    reporters: input.reporters,
    tags: input.tags,
    coverImageId: input.coverImageId,
  };
  const mayFlag = canSetHomepageFlags(actor);

  if (input.id === null) {
    if (!canCreateArticle(actor, section.id)) throw forbidden("在该栏目写稿");
    return db.$transaction(async (tx) => {
      const names = await resolveNames(tx, content);
      const { reporters: _r, tags: _t, source: _s, ...columns } = content;
      const created = await tx.article.create({
        data: {
          ...columns,
          ...names,
          status: STATUS.draft,
          authorId: actor.id,
          isHeadline: mayFlag && input.isHeadline,
          isFeatured: mayFlag && input.isFeatured,
          isBreaking: input.isBreaking,
          modifiedAt: new Date(),
        },
        select: { id: true, version: true },
      });
      await recordRevision(tx, { ...content, articleId: created.id, version: created.version, status: STATUS.draft, note: "新建", authorId: actor.id });
      await recordAudit({ userId: actor.id, action: "article.create", targetType: "article", targetId: created.id, detail: content.title }, tx);
      return { id: created.id, version: created.version, revalidate: [] };
    });
  }

  const current = await loadArticleState(input.id);
  if (!canEditArticle(actor, current)) throw forbidden("修改这篇稿件");
  if (section.id !== current.sectionId && !canEditArticle(actor, { ...current, sectionId: section.id })) {
    throw new CommandError("forbidden", "没有权限：把稿件移到该栏目", { sectionId: "您不能把稿件移到该栏目" });
  }
  const live = LIVE.has(current.status);
  if (live && !(canPublishArticle(actor, current) && canPublishArticle(actor, { sectionId: section.id }))) throw forbidden("修改已发布的稿件");
  if (input.version === null) throw new CommandError("invalid", "缺少版本号，请刷新页面后重试");

  const outcome = await db.$transaction(async (tx) => {
    const names = await resolveNames(tx, content);
    const { reporters: _r, tags: _t, source: _s, ...columns } = content;
    const updated = await tx.article.updateMany({
      where: { id: current.id, version: input.version! },
      data: {
        ...columns,
        sourceId: names.sourceId,
        isHeadline: mayFlag ? input.isHeadline : current.isHeadline,
        isFeatured: mayFlag ? input.isFeatured : current.isFeatured,
        isBreaking: input.isBreaking,
        version: { increment: 1 },
        modifiedAt: new Date(),
      },
    });
    if (updated.count === 0) return null; // someone saved first
    await tx.articleReporter.deleteMany({ where: { articleId: current.id } });
    await tx.articleTag.deleteMany({ where: { articleId: current.id } });
    await tx.article.update({ where: { id: current.id }, data: { reporters: names.reporters, tags: names.tags } });
    const version = input.version! + 1;
    await recordRevision(tx, { ...content, articleId: current.id, version, status: current.status, note, authorId: actor.id });
    await recordAudit({ userId: actor.id, action: "article.save", targetType: "article", targetId: current.id, detail: content.title }, tx);
    return {
      id: current.id,
      version,
      revalidate: live ? publicTagsFor(current.id, [current.section.slug, section.slug]) : [],
    };
  });
  if (outcome) {
    if (live) await syncSearchQuietly(() => syncArticleSearch(current.id));
    return outcome;
  }

  // Refused: keep this text as a revision first (outside the rolled-back
  // transaction), then say who won.
  const latest = await db.article.findUniqueOrThrow({ where: { id: current.id }, select: { version: true, updatedAt: true } });
  await recordRevision(db, { ...content, articleId: current.id, version: input.version, status: current.status, note: "冲突未保存", authorId: actor.id });
  throw new CommandError(
    "conflict",
    `保存失败：这篇稿件已在 ${formatDateTime(latest.updatedAt)} 被他人保存为第${latest.version}版。您的文本已存入修订历史，不会丢失；请打开最新版本，对照修订历史合并后再保存。`,
  );
}
