import "server-only";
import { canPublishArticle, canSubmitArticle } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { syncArticleSearch, syncSearchQuietly } from "@/lib/search/sync-search";
import { recordAudit } from "../audit";
import { statusLabel } from "../status-labels";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { type ArticleState, loadArticleState } from "./load-article";
import { publicTagsFor } from "./public-tags";
import { STATUS } from "@/lib/content/status";

// The workflow: draft → submitted → published (or scheduled → published),
// published → withdrawn, submitted → draft (returned to the writer).

export type StatusOutcome = { id: number; version: number; status: string; revalidate: string[] };
type Ref = { id: number; version: number };

async function transition(
  actor: Actor,
  current: ArticleState,
  ref: Ref,
  to: string,
  extra: { publishedAt?: Date | null; scheduledAt?: Date | null; editorId?: number },
  action: string,
): Promise<StatusOutcome> {
  const updated = await db.$transaction(async (tx) => {
    const result = await tx.article.updateMany({
      where: { id: current.id, version: ref.version },
      data: { status: to, ...extra, version: { increment: 1 } },
    });
    if (result.count === 0) return false;
    await recordAudit({ userId: actor.id, action, targetType: "article", targetId: current.id, detail: current.title }, tx);
    return true;
  });
  if (!updated) throw new CommandError("conflict", "稿件已被他人修改，请刷新页面后重试");
  await syncSearchQuietly(() => syncArticleSearch(current.id));
  const touchesPublic = to === STATUS.published || current.status === STATUS.published;
  return {
    id: current.id,
    version: ref.version + 1,
    status: to,
    revalidate: touchesPublic ? publicTagsFor(current.id, [current.section.slug]) : [],
  };
}

function requireStatus(current: ArticleState, allowed: string[], doing: string) {
  if (!allowed.includes(current.status)) {
    throw new CommandError("invalid", `${statusLabel(current.status)}状态的稿件不能${doing}`);
  }
}

export async function submitArticle(actor: Actor | null, ref: Ref): Promise<StatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadArticleState(ref.id);
  if (!canSubmitArticle(actor, current)) throw forbidden("提交这篇稿件");
  requireStatus(current, [STATUS.draft], "提交审核");
  return transition(actor, current, ref, STATUS.submitted, {}, "article.submit");
}

export async function returnArticle(actor: Actor | null, ref: Ref): Promise<StatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadArticleState(ref.id);
  if (!canPublishArticle(actor, current)) throw forbidden("退回这篇稿件");
  requireStatus(current, [STATUS.submitted, STATUS.scheduled], "退回");
  return transition(actor, current, ref, STATUS.draft, { scheduledAt: null }, "article.return");
}

/**
 * Publishes now, or at `scheduledAt` when that is in the future. The
 * publishing editor is recorded as 责任编辑.
 */
export async function publishArticle(actor: Actor | null, ref: Ref & { scheduledAt?: Date | null }, now = new Date()): Promise<StatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadArticleState(ref.id);
  if (!canPublishArticle(actor, current)) throw forbidden("发布这篇稿件");
  requireStatus(current, [STATUS.draft, STATUS.submitted, STATUS.scheduled, STATUS.withdrawn], "发布");
  if (ref.scheduledAt && ref.scheduledAt.getTime() > now.getTime() + 30_000) {
    if (ref.scheduledAt.getTime() > now.getTime() + 366 * 86_400_000) {
      throw new CommandError("invalid", "定时发布时间不能超过一年", { scheduledAt: "定时发布时间不能超过一年" });
    }
    return transition(actor, current, ref, STATUS.scheduled, { scheduledAt: ref.scheduledAt, editorId: actor.id }, "article.schedule");
  }
  return transition(actor, current, ref, STATUS.published, { publishedAt: now, scheduledAt: null, editorId: actor.id }, "article.publish");
}

export async function withdrawArticle(actor: Actor | null, ref: Ref): Promise<StatusOutcome> {
  if (!actor) throw notSignedIn();
  const current = await loadArticleState(ref.id);
  if (!canPublishArticle(actor, current)) throw forbidden("撤回这篇稿件");
  requireStatus(current, [STATUS.published, STATUS.scheduled], "撤稿");
  return transition(actor, current, ref, STATUS.withdrawn, { scheduledAt: null }, "article.withdraw");
}

/**
 * Publishes every scheduled article whose time has come; safe to run from
 * several instances at once (each article is claimed by a conditional
 * update). Returns the cache tags to revalidate.
 */
export async function publishDueArticles(now = new Date()): Promise<{ published: number[]; revalidate: string[] }> {
  const due = await db.article.findMany({
    where: { status: STATUS.scheduled, scheduledAt: { lte: now } },
    select: { id: true, title: true, scheduledAt: true, editorId: true, section: { select: { slug: true } } },
    take: 100,
  });
  const published: number[] = [];
  const tags = new Set<string>();
  for (const a of due) {
    const claimed = await db.article.updateMany({
      where: { id: a.id, status: STATUS.scheduled },
      data: { status: STATUS.published, publishedAt: a.scheduledAt, scheduledAt: null, version: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    await syncSearchQuietly(() => syncArticleSearch(a.id));
    await recordAudit({ userId: a.editorId, action: "article.publish-scheduled", targetType: "article", targetId: a.id, detail: a.title });
    published.push(a.id);
    for (const t of publicTagsFor(a.id, [a.section.slug])) tags.add(t);
  }
  return { published, revalidate: [...tags] };
}
