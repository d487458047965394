import "server-only";
import { canPublishArticle } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { CorrectionInput } from "@/lib/validation/correction";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { loadArticleState } from "./load-article";
import { publicTagsFor } from "./public-tags";
import { STATUS } from "@/lib/content/status";

/**
 * 更正: publishes a dated correction under a published article's title and
 * on /corrections, for whoever may publish in its section (checked here).
 * The article's text is not touched, so its version stays and an open
 * editor is not refused; its modification time moves (JSON-LD dateModified).
 */
export async function addCorrection(actor: Actor | null, input: CorrectionInput, ip = "") {
  if (!actor) throw notSignedIn();
  const current = await loadArticleState(input.id);
  if (!canPublishArticle(actor, current)) throw forbidden("为这篇稿件发布更正");
  if (current.status !== STATUS.published) throw new CommandError("invalid", "只有已发布的稿件才能发布更正");
  const correction = await db.$transaction(async (tx) => {
    const created = await tx.articleCorrection.create({
      data: { articleId: current.id, wrong: input.wrong, corrected: input.corrected, editorId: actor.id },
      select: { id: true, createdAt: true },
    });
    await tx.article.update({ where: { id: current.id }, data: { modifiedAt: created.createdAt } });
    await recordAudit(
      { userId: actor.id, action: "article.correct", targetType: "article", targetId: current.id, detail: `${current.title}：${input.wrong} → ${input.corrected}`, ip },
      tx,
    );
    return created;
  });
  return {
    id: current.id,
    correctionId: correction.id,
    revalidate: [...publicTagsFor(current.id, [current.section.slug]), cacheTags.corrections],
  };
}
