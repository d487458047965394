"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { publishArticle, returnArticle, submitArticle, withdrawArticle } from "@/lib/newsroom/articles/change-status";
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
  return runNewsroomAction(formData, publishSchema, async (actor, ref) => {
    const outcome = await publishArticle(actor, ref);
    return { ...outcome, message: outcome.status === "scheduled" ? "已设定定时发布" : "已发布" };
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
