"use server";

import type { FormState } from "@/lib/actions/form-state";
import { runNewsroomAction } from "@/lib/actions/newsroom-action";
import { updateSections, updateSiteSettings } from "@/lib/newsroom/settings/update-site-settings";
import { sectionsFormSchema, siteSettingsSchema } from "@/lib/validation/site-settings";

export async function updateSiteSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, siteSettingsSchema, async (actor, input) => ({
    ...(await updateSiteSettings(actor, input)),
    message: "网站设置已保存，各页面已更新",
  }));
}

export async function updateSectionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runNewsroomAction(formData, sectionsFormSchema, async (actor, rows) => ({
    ...(await updateSections(actor, rows)),
    message: "栏目已保存",
  }));
}
