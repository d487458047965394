"use client";

import type { FormState } from "@/lib/actions/form-state";
import type { SiteSettingsView } from "@/lib/view-types";
import { Field, inputClass } from "./field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

type Props = { settings: SiteSettingsView; action: (previous: FormState, data: FormData) => Promise<FormState> };

const FIELDS: { name: keyof SiteSettingsView; label: string; hint?: string; long?: boolean }[] = [
  { name: "siteName", label: "网站名称" },
  { name: "siteDescription", label: "网站简介" },
  { name: "submissionEmail", label: "在线投稿邮箱" },
  { name: "hotline", label: "新闻热线" },
  { name: "dutyQq", label: "值班QQ" },
  { name: "originalStatement", label: "原创稿件声明", long: true },
  { name: "reprintStatement", label: "转载稿件声明", hint: "{source} 处显示来源名称", long: true },
  { name: "copyright", label: "版权信息" },
  { name: "icp", label: "备案号" },
];

/** 网站设置: the contact lines and statements shown on every page. */
export function SiteSettingsForm({ settings, action }: Props) {
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded border border-line bg-white p-4" aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" className="text-lg font-bold">
        网站设置
      </h2>
      {FIELDS.map((f) => (
        <Field key={f.name} label={f.label} name={f.name} hint={f.hint} error={errors[f.name]}>
          {(a) =>
            f.long ? (
              <textarea {...a} name={f.name} defaultValue={settings[f.name]} rows={3} className={`${inputClass} py-2`} />
            ) : (
              <input {...a} name={f.name} defaultValue={settings[f.name]} className={inputClass} />
            )
          }
        </Field>
      ))}
      <SubmitBar label="保存设置" pending={pending} state={state} />
    </form>
  );
}
