import "server-only";
import { canPublishArticle } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { claimArticlePush } from "@/lib/push/send-article-push";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";
import { loadArticleState } from "./load-article";
import { STATUS } from "@/lib/content/status";

/**
 * Claims the Web Push of a published article for someone who may publish it
 * (checked here, whatever the form sent). Only marks it: the caller sends it
 * after the response (sendArticlePush), so the editor does not wait for
 * thousands of push services. Returns when it was marked.
 */
export async function requestArticlePush(actor: Actor | null, id: number, ip = ""): Promise<Date> {
  if (!actor) throw notSignedIn();
  const current = await loadArticleState(id);
  if (!canPublishArticle(actor, current)) throw forbidden("推送这篇稿件");
  if (current.status !== STATUS.published) throw new CommandError("invalid", "只有已发布的稿件才能推送");
  const at = await claimArticlePush(id);
  if (!at) throw new CommandError("conflict", "这篇稿件已经推送过，每篇只推送一次");
  await recordAudit({ userId: actor.id, action: "article.push", targetType: "article", targetId: id, detail: current.title, ip });
  return at;
}
