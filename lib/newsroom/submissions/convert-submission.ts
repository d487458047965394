import "server-only";
import { sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { resolveNames } from "@/lib/data/articles/article-names";
import { summaryOrExcerpt } from "@/lib/data/articles/create-article";
import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import { canCreateArticle, canHandleSubmissions } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { ImageView } from "@/lib/view-types";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notFound, notSignedIn } from "../errors";
import { recordRevision } from "../articles/record-revision";
import { figureHtml, plainTextToHtml } from "./submission-html";
import { STATUS } from "@/lib/content/status";
import { parseIdList } from "@/lib/site/params";

export const CONTRIBUTION_SOURCE = "读者投稿";
/** Where chief editors' and admins' conversions land; they may write anywhere. */
const CHIEF_SECTION = "zonghe";

type SubmissionRef = { id: number };

/**
 * Turns a new reader submission into a draft article for the newsroom to
 * edit. The claim on the submission and the article are written in one
 * transaction, so two editors pressing the button at once get one draft.
 */
export async function convertSubmissionToDraft(actor: Actor | null, { id }: SubmissionRef): Promise<{ id: number; version: number }> {
  assertMayHandle(actor);
  const submission = await loadNewSubmission(id);
  const section = await targetSection(actor);
  const images = await loadImages(submission.imageIds);
  const [cover, ...inBody] = images;
  const bodyHtml = sanitizeArticleHtml([plainTextToHtml(submission.body), ...inBody.map(figureHtml)].join("\n"));
  // Inner spaces would split the name into two reporters when the form is saved.
  const reporter = submission.name.replace(/[\s,，、;；]+/g, "");
  const content = {
    title: submission.title,
    subtitle: "",
    summary: summaryOrExcerpt("", bodyHtml),
    bodyHtml,
    sectionId: section.id,
    source: CONTRIBUTION_SOURCE,
    dateline: "",
    reporters: reporter ? [reporter] : [],
    tags: [],
    coverImageId: cover?.id ?? null,
  };

  return db.$transaction(async (tx) => {
    const claimed = await tx.submission.updateMany({ where: { id, status: "new" }, data: { status: "drafted" } });
    if (claimed.count === 0) throw alreadyHandled(await tx.submission.findUnique({ where: { id } }));
    const names = await resolveNames(tx, content);
    const { reporters: _r, tags: _t, source: _s, ...columns } = content;
    const article = await tx.article.create({
      data: { ...columns, ...names, status: STATUS.draft, authorId: actor.id },
      select: { id: true, version: true },
    });
    await tx.submission.update({ where: { id }, data: { articleId: article.id } });
    await recordRevision(tx, { ...content, articleId: article.id, version: article.version, status: STATUS.draft, note: "读者投稿转稿", authorId: actor.id });
    await recordAudit(
      { userId: actor.id, action: "submission.convert", targetType: "article", targetId: article.id, detail: `投稿 #${id}：${submission.title}` },
      tx,
    );
    return article;
  });
}

/** 不采用: the submission stays in the inbox under 已退回. */
export async function rejectSubmission(actor: Actor | null, { id }: SubmissionRef): Promise<{ id: number }> {
  assertMayHandle(actor);
  const submission = await loadNewSubmission(id);
  return db.$transaction(async (tx) => {
    const claimed = await tx.submission.updateMany({ where: { id, status: "new" }, data: { status: "rejected" } });
    if (claimed.count === 0) throw alreadyHandled(await tx.submission.findUnique({ where: { id } }));
    await recordAudit({ userId: actor.id, action: "submission.reject", targetType: "submission", targetId: id, detail: submission.title }, tx);
    return { id };
  });
}

function assertMayHandle(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw notSignedIn();
  if (!canHandleSubmissions(actor)) throw forbidden("处理读者投稿");
}

async function loadNewSubmission(id: number) {
  const submission = await db.submission.findUnique({ where: { id } });
  if (!submission) throw notFound("投稿");
  if (submission.status !== "new") throw alreadyHandled(submission);
  return submission;
}

function alreadyHandled(submission: { status: string; articleId: number | null } | null): CommandError {
  if (!submission) return notFound("投稿");
  if (submission.status === "drafted") {
    const which = submission.articleId ? `（稿件 #${submission.articleId}）` : "";
    return new CommandError("conflict", `这篇投稿已转为草稿${which}，不能重复转稿`);
  }
  if (submission.status === "rejected") return new CommandError("conflict", "这篇投稿已标记为不采用，不能再处理");
  return new CommandError("conflict", "这篇投稿已被处理过");
}

async function targetSection(actor: Actor): Promise<{ id: number }> {
  const select = { id: true } as const;
  let section: { id: number } | null;
  if (actor.role === "editor") {
    section = actor.sectionIds.length ? await db.section.findUnique({ where: { id: actor.sectionIds[0] }, select }) : null;
    if (!section) throw new CommandError("forbidden", "您还没有负责的栏目，无法转稿，请联系管理员分配栏目");
  } else {
    section = await db.section.findUnique({ where: { slug: CHIEF_SECTION }, select });
    if (!section) throw new CommandError("invalid", "找不到「综合」栏目，无法转稿");
  }
  if (!canCreateArticle(actor, section.id)) throw forbidden("在该栏目写稿");
  return section;
}

/** The submission's pictures, in the order they were sent; any deleted since are skipped. */
async function loadImages(imageIds: string): Promise<(ImageView & { id: number })[]> {
  const ids = parseIdList(imageIds);
  if (!ids.length) return [];
  const rows = await db.image.findMany({ where: { id: { in: ids } }, select: { id: true, ...imageSelect } });
  const byId = new Map(rows.map((r) => [r.id, { ...toImageView(r)!, id: r.id }]));
  return ids.flatMap((n) => byId.get(n) ?? []);
}
