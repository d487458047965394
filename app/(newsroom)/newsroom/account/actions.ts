"use server";

import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { reissueSessionToken } from "@/lib/auth/session-token";
import { changeOwnPassword, signOutEverywhere } from "@/lib/newsroom/users/own-account";
import { changeOwnPasswordFormSchema } from "@/lib/validation/user-admin";

// 我的账号: the signed-in user's own steps.

export async function signOutEverywhereAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, z.object({}), async (actor, _input, context) => ({
    ...(await signOutEverywhere(actor, context)),
    message: "已退出所有设备",
  }));
}

export async function changeOwnPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, changeOwnPasswordFormSchema, async (actor, input, context) => {
    const outcome = await changeOwnPassword(actor, input, context);
    // Every other device is signed out; this one gets a token of the new version.
    await reissueSessionToken(outcome.sessionVersion);
    return { ...outcome, message: "密码已修改，其他设备上的登录已退出" };
  });
}
