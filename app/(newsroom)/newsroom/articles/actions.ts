"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { STATUS } from "@/lib/content/status";
import { addCorrection } from "@/lib/newsroom/articles/add-correction";
import { publishArticle, returnArticle, submitArticle, withdrawArticle } from "@/lib/newsroom/articles/change-status";
import { publishArticleWithPush } from "@/lib/newsroom/articles/publish-with-push";
import { requestArticlePush } from "@/lib/newsroom/articles/push-article";
import { CommandError } from "@/lib/newsroom/errors";
import { sendPushAfterResponse } from "@/lib/push/send-after-response";
import { articleHref } from "@/lib/site/channels";
import { restoreRevision } from "@/lib/newsroom/articles/restore-revision";
import { saveArticle } from "@/lib/newsroom/articles/save-article";
import { articleEditorSchema } from "@/lib/validation/article-form";
import { correctionSchema } from "@/lib/validation/correction";
import { articleRefSchema, publishSchema, restoreRevisionSchema } from "@/lib/validation/workflow";

// Thin server actions: every one goes through runNewsroomAction (session,
// validation, error handling, revalidation) into a command that checks the
// caller's permission itself.

export async function saveArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleEditorSchema, async (actor, { intent, ...input }) => {
    const saved = await saveArticle(actor, input);
    const savedMessage = input.id ? `已保存（第${saved.version}版）` : "已创建草稿";
    if (intent === "save") return { ...saved, message: savedMessage };
    // 提交审核 / 发布 straight from the editor: the text is saved first, then
    // the step runs through the same command (and checks) as the panel's button.
    try {
      const ref = { id: saved.id, version: saved.version };
      const step = intent === "publish" ? await publishArticle(actor, ref) : await submitArticle(actor, ref);
      const revalidate = [...saved.revalidate, ...step.revalidate];
      if (intent === "submit") return { ...step, revalidate, message: "已保存并提交审核" };
      return { ...step, revalidate, message: "已发布", link: articleHref(step.id) };
    } catch (error) {
      // The text is safe; say why the step did not happen.
      if (error instanceof CommandError) return { ...saved, message: `${savedMessage}；未${intent === "publish" ? "发布" : "提交"}：${error.message}` };
      throw error;
    }
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
    const { pushClaimed, ...outcome } = await publishArticleWithPush(actor, input, { ip });
    if (pushClaimed) sendPushAfterResponse(outcome.id);
    // 已发布 with 查看: the editor's link to the public page.
    return outcome.status === STATUS.published ? { ...outcome, link: articleHref(outcome.id) } : outcome;
  });
}

/** For a published article that went out without a push. */
export async function pushArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, articleRefSchema, async (actor, ref, { ip }) => {
    await requestArticlePush(actor, ref.id, ip);
    sendPushAfterResponse(ref.id);
    return { id: ref.id, version: ref.version, message: "正在推送" };
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

export async function addCorrectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, correctionSchema, async (actor, input, { ip }) => ({
    ...(await addCorrection(actor, input, ip)),
    message: "已发布更正",
  }));
}
