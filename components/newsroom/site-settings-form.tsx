"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { DUTY_CONTACT_KINDS } from "@/lib/site/duty-contact";
import type { SiteSettingsView } from "@/lib/view-types";
import { Field, inputClass } from "./field";
import { RichTextEditor } from "./rich-text-editor";
import { SubmitBar } from "./submit-bar";
import { IMAGE_UPLOAD_URL } from "./upload-image";
import { useKeptForm } from "./use-kept-form";

type Props = { settings: SiteSettingsView; action: FormAction };

type TextField = {
  name: Exclude<keyof SiteSettingsView, "aboutHtml" | "contactHtml">;
  label: string;
  hint?: string;
  long?: boolean;
  /** A choice among these instead of free text. */
  options?: readonly { value: string; label: string }[];
};

const DUTY_KIND_OPTIONS = DUTY_CONTACT_KINDS.map((k) => ({ value: k, label: { qq: "QQ", wechat: "微信", phone: "电话" }[k] }));

// Grouped as an admin thinks of them; every line is shown on the site only when filled in.
const GROUPS: { title: string; fields: TextField[] }[] = [
  {
    title: "网站",
    fields: [
      { name: "siteName", label: "网站名称" },
      { name: "siteDescription", label: "网站简介" },
      {
        name: "siteUrl",
        label: "网站地址",
        hint: "读者访问本站的地址，如 https://www.example.cn；用于 canonical、RSS、站点地图和推送中的链接。设置了环境变量 SITE_URL 时以 SITE_URL 为准。",
      },
    ],
  },
  {
    title: "联系方式（每篇文章下方和页脚）",
    fields: [
      { name: "submissionEmail", label: "在线投稿邮箱" },
      { name: "hotline", label: "新闻热线" },
      { name: "dutyContactKind", label: "值班联系方式", options: DUTY_KIND_OPTIONS },
      { name: "dutyContact", label: "值班号码", hint: "QQ号、微信号或电话号码；选“电话”时，读者在手机上点击即可拨打" },
    ],
  },
  {
    title: "声明",
    fields: [
      { name: "originalStatement", label: "原创稿件声明", long: true },
      { name: "reprintStatement", label: "转载稿件声明", hint: "{source} 处显示来源名称", long: true },
      { name: "copyright", label: "版权信息" },
    ],
  },
  {
    title: "备案与许可（页脚）",
    fields: [
      { name: "icp", label: "ICP备案号", hint: "如 黔ICP备12345678号-1，链接到工业和信息化部备案系统" },
      { name: "policeRecord", label: "公安机关备案号", hint: "如 黔公网安备52260102000001号，链接到全国互联网安全管理服务平台" },
      { name: "newsLicense", label: "互联网新闻信息服务许可证编号" },
      { name: "reportPhone", label: "违法和不良信息举报电话", hint: "填写举报电话或邮箱后，页脚同时显示中央网信办举报中心 12377 的链接" },
      { name: "reportEmail", label: "违法和不良信息举报邮箱" },
    ],
  },
];

/** 网站设置: address, contact lines, statements, registrations and the 关于我们 / 联系我们 pages. */
export function SiteSettingsForm({ settings, action }: Props) {
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded border border-line bg-white p-4" aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" className="text-lg font-bold">
        网站设置
      </h2>
      {GROUPS.map((g) => (
        <fieldset key={g.title} className="space-y-4">
          <legend className="font-bold">{g.title}</legend>
          {g.fields.map((f) => (
            <Field key={f.name} label={f.label} name={f.name} hint={f.hint} error={errors[f.name]}>
              {(a) =>
                f.options ? (
                  <select {...a} name={f.name} defaultValue={settings[f.name]} className={inputClass}>
                    {f.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.long ? (
                  <textarea {...a} name={f.name} defaultValue={settings[f.name]} rows={3} className={`${inputClass} py-2`} />
                ) : (
                  <input {...a} name={f.name} defaultValue={settings[f.name]} className={inputClass} />
                )
              }
            </Field>
          ))}
        </fieldset>
      ))}
      <fieldset className="space-y-4">
        <legend className="font-bold">页面</legend>
        {(
          [
            { name: "aboutHtml", label: "关于我们", href: "/about" },
            { name: "contactHtml", label: "联系我们", href: "/contact" },
          ] as const
        ).map((p) => (
          <div key={p.name}>
            <p id={`${p.name}-label`} className="text-sm font-medium">
              {p.label}（{p.href}，留空则该页面不显示）
            </p>
            <RichTextEditor name={p.name} defaultValue={settings[p.name]} uploadUrl={IMAGE_UPLOAD_URL} labelledBy={`${p.name}-label`} error={errors[p.name]} />
          </div>
        ))}
      </fieldset>
      <SubmitBar label="保存设置" pending={pending} state={state} />
    </form>
  );
}
