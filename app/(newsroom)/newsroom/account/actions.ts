"use server";

import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { signOutEverywhere } from "@/lib/newsroom/users/own-account";

// 我的账号: the signed-in user's own steps.

export async function signOutEverywhereAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, z.object({}), async (actor, _input, context) => ({
    ...(await signOutEverywhere(actor, context)),
    message: "已退出所有设备",
  }));
}
