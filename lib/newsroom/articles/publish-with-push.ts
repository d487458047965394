import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { STATUS } from "@/lib/content/status";
import { CommandError } from "../errors";
import { publishArticle, type StatusOutcome } from "./change-status";
import { requestArticlePush } from "./push-article";

type PublishRequest = { id: number; version: number; scheduledAt: Date | null; push: boolean };

export type PublishWithPushOutcome = StatusOutcome & {
  message: string;
  /** The push was claimed: the caller sends it (sendArticlePush) after answering. */
  pushClaimed: boolean;
};

/**
 * 发布 from the newsroom's publish form: publish now or schedule, and with
 * 推送 ticked, claim the article's push. A push goes out only with an
 * immediate publication (a scheduled article is pushed after it is out). An
 * article published whose push was refused stays published, and the
 * message says why the push did not go.
 */
export async function publishArticleWithPush(actor: Actor | null, input: PublishRequest, { ip }: { ip: string }): Promise<PublishWithPushOutcome> {
  if (input.push && input.scheduledAt) {
    throw new CommandError("invalid", "推送只随立即发布发出；定时发布的稿件请在发布后再推送", { push: "定时发布时不能勾选推送" });
  }
  const outcome = await publishArticle(actor, input);
  if (outcome.status === STATUS.scheduled) return { ...outcome, message: "已设定定时发布", pushClaimed: false };
  if (!input.push) return { ...outcome, message: "已发布", pushClaimed: false };
  try {
    await requestArticlePush(actor, outcome.id, ip);
  } catch (error) {
    if (error instanceof CommandError) return { ...outcome, message: `已发布；未推送：${error.message}`, pushClaimed: false };
    throw error;
  }
  return { ...outcome, message: "已发布，正在推送", pushClaimed: true };
}
