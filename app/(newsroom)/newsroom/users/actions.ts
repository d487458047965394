"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { createUserByAdmin, resetPassword, updateUser } from "@/lib/newsroom/users/manage-users";
import { createUserFormSchema, resetPasswordFormSchema, updateUserFormSchema } from "@/lib/validation/user-admin";

// 账号管理: thin server actions into commands that check canManageSite themselves.

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, createUserFormSchema, async (actor, input, context) => ({
    ...(await createUserByAdmin(actor, input, context)),
    message: `已创建账号：${input.username}`,
  }));
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, updateUserFormSchema, async (actor, input, context) => ({
    ...(await updateUser(actor, input, context)),
    message: "账号已保存",
  }));
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, resetPasswordFormSchema, async (actor, input, context) => ({
    ...(await resetPassword(actor, input, context)),
    message: "密码已重置，请把新密码当面或电话告知本人",
  }));
}
