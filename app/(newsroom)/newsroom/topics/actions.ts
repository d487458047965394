"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { addTopicGroup, moveTopicGroup, removeTopicGroup, renameTopicGroup } from "@/lib/newsroom/topics/topic-groups";
import { addTopicItem, moveTopicItem, removeTopicItem } from "@/lib/newsroom/topics/topic-items";
import { requestTopicItemPush } from "@/lib/newsroom/topics/push-topic-item";
import { moveTopic, saveTopic } from "@/lib/newsroom/topics/save-topic";
import { sendPushAfterResponse } from "@/lib/push/send-after-response";
import { topicAudience } from "@/lib/push/topic-push";
import {
  topicFormSchema,
  topicGroupAddSchema,
  topicGroupMoveSchema,
  topicGroupRefSchema,
  topicGroupRenameSchema,
  topicItemAddSchema,
  topicItemMoveSchema,
  topicItemRefSchema,
  topicMoveSchema,
} from "@/lib/validation/topic";

export async function saveTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicFormSchema, async (actor, input, { ip }) => ({
    ...(await saveTopic(actor, input, { ip })),
    message: input.id === "" ? "专题已创建" : "专题已保存",
  }));
}

export async function moveTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicMoveSchema, async (actor, input, { ip }) => ({ ...(await moveTopic(actor, input, { ip })), message: "已移动" }));
}

export async function addTopicGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicGroupAddSchema, async (actor, input, { ip }) => ({ ...(await addTopicGroup(actor, input, { ip })), message: "分组已添加" }));
}

export async function renameTopicGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicGroupRenameSchema, async (actor, input, { ip }) => ({ ...(await renameTopicGroup(actor, input, { ip })), message: "分组已改名" }));
}

export async function moveTopicGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicGroupMoveSchema, async (actor, input, { ip }) => ({ ...(await moveTopicGroup(actor, input, { ip })), message: "已移动" }));
}

export async function removeTopicGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicGroupRefSchema, async (actor, input, { ip }) => ({ ...(await removeTopicGroup(actor, input, { ip })), message: "分组已删除" }));
}

export async function addTopicItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicItemAddSchema, async (actor, input, { ip }) => ({ ...(await addTopicItem(actor, input, { ip })), message: "已加入专题" }));
}

export async function moveTopicItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicItemMoveSchema, async (actor, input, { ip }) => ({ ...(await moveTopicItem(actor, input, { ip })), message: "已移动" }));
}

export async function removeTopicItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicItemRefSchema, async (actor, input, { ip }) => ({ ...(await removeTopicItem(actor, input, { ip })), message: "已移出专题" }));
}

/** 推送给订阅者: an article of the topic to the readers who chose the topic; sent once the editor has the answer. */
export async function pushTopicItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, topicItemRefSchema, async (actor, input, { ip }) => {
    const { articleId, topic } = await requestTopicItemPush(actor, input, { ip });
    sendPushAfterResponse(articleId, topicAudience(topic));
    return { message: "正在推送给本专题的订阅者" };
  });
}
