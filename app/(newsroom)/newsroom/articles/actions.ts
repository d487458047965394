"use server";

import { after } from "next/server";
import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { publishArticle, returnArticle, submitArticle, withdrawArticle } from "@/lib/newsroom/articles/change-status";
import { requestArticlePush } from "@/lib/newsroom/articles/push-article";
import { CommandError } from "@/lib/newsroom/errors";
import { sendArticlePush } from "@/lib/push/send-article-push";
import { restoreRevision } from "@/lib/newsroom/articles/restore-revision";
import { saveArticle } from "@/lib/newsroom/articles/save-article";
import { articleFormSchema } from "@/lib/validation/article-form";
import { articleRefSchema, publishSchema, restoreRevisionSchema } from "@/lib/validation/workflow";

// Thin server actions: every one goes through runNewsroomAction (session,
// validation, error handling, revalidation) into a command that checks the
// caller's permission itself.

export async function saveArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleFormSchema, async (actor, input) => {
    const saved = await saveArticle(actor, input);
    return { ...saved, message: input.id ? `已保存（第${saved.version}版）` : "已创建草稿" };
  });
}

export async function submitArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleRefSchema, async (actor, ref) => ({
    ...(await submitArticle(actor, ref)),
    message: "已提交审核",
  }));
}

export async function publishArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, publishSchema, async (actor, input, { ip }) => {
    if (input.push && input.scheduledAt) {
      throw new CommandError("invalid", "推送只随立即发布发出；定时发布的稿件请在发布后再推送", { push: "定时发布时不能勾选推送" });
    }
    const outcome = await publishArticle(actor, input);
    if (outcome.status === "scheduled") return { ...outcome, message: "已设定定时发布" };
    if (!input.push) return { ...outcome, message: "已发布" };
    try {
      await requestArticlePush(actor, outcome.id, ip);
    } catch (error) {
      // Published all the same: say why the push did not go out.
      if (error instanceof CommandError) return { ...outcome, message: `已发布；未推送：${error.message}` };
      throw error;
    }
    sendAfterResponse(outcome.id);
    return { ...outcome, message: "已发布，正在推送" };
  });
}

/** For a published article that went out without a push. */
export async function pushArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleRefSchema, async (actor, ref, { ip }) => {
    await requestArticlePush(actor, ref.id, ip);
    sendAfterResponse(ref.id);
    return { id: ref.id, version: ref.version, message: "正在推送" };
  });
}

// The editor gets the answer at once; the messages go out once it is sent.
function sendAfterResponse(id: number) {
  after(async () => {
    const stats = await sendArticlePush(id);
    console.log(`[push] 文章 ${id}: 送达 ${stats.sent}，删除失效订阅 ${stats.removed}，失败 ${stats.failed}`);
  });
}

export async function withdrawArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleRefSchema, async (actor, ref) => ({
    ...(await withdrawArticle(actor, ref)),
    message: "已撤稿",
  }));
}

export async function returnArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleRefSchema, async (actor, ref) => ({
    ...(await returnArticle(actor, ref)),
    message: "已退回给作者",
  }));
}

export async function restoreRevisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, restoreRevisionSchema, async (actor, ref) => {
    const saved = await restoreRevision(actor, ref);
    return { ...saved, message: `已恢复为第${saved.version}版` };
  });
}
