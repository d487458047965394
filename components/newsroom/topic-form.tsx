"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { IMAGE_UPLOAD_URL } from "./upload-image";
import { CoverPicker } from "./cover-picker";
import { Field, inputClass } from "./field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

type TopicValues = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  introHtml: string;
  ongoing: boolean;
  visible: boolean;
  banner: { id: number; src: string } | null;
};

type Props = { topic: TopicValues | null; action: FormAction };

/** A topic's own fields. A new topic opens its edit page once created, where groups and items are added. */
export function TopicForm({ topic, action }: Props) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  useEffect(() => {
    if (!topic && state.status === "ok" && state.id) router.push(`/newsroom/topics/${state.id}`);
  }, [topic, state, router]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="专题信息" className="space-y-4 rounded border border-line bg-white p-4">
      <input type="hidden" name="id" value={topic?.id ?? ""} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="专题标题" name="title" error={errors.title}>
          {(a) => <input {...a} name="title" maxLength={60} required defaultValue={topic?.title} className={inputClass} />}
        </Field>
        <Field label="专题网址" name="slug" error={errors.slug} hint="/topics/ 之后的部分：小写拼音、数字和连字符，如 miaonian-2026">
          {(a) => <input {...a} name="slug" maxLength={60} required pattern="[a-z0-9-]+" defaultValue={topic?.slug} className={inputClass} />}
        </Field>
      </div>
      <Field label="导语" name="summary" error={errors.summary} hint="列表和首页显示，200字以内">
        {(a) => <textarea {...a} name="summary" rows={2} maxLength={200} defaultValue={topic?.summary} className={`${inputClass} py-2`} />}
      </Field>
      <Field label="专题介绍（HTML）" name="introHtml" error={errors.introHtml} hint="可用 <p>、<h2>、<ul>、<a> 等标签；保存时会清理不安全的内容">
        {(a) => <textarea {...a} name="introHtml" rows={6} defaultValue={topic?.introHtml} className={`${inputClass} py-2 font-mono text-sm`} />}
      </Field>
      <CoverPicker name="bannerImageId" label="题图" uploadUrl={IMAGE_UPLOAD_URL} initial={topic?.banner ?? null} error={errors.bannerImageId} />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">状态</legend>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="ongoing" defaultChecked={topic?.ongoing ?? true} className="size-5" />
          进行中（取消则为已结束）
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="visible" defaultChecked={topic?.visible ?? true} className="size-5" />
          在网站显示
        </label>
      </fieldset>
      <SubmitBar label={topic ? "保存专题" : "创建专题"} pending={pending} state={state} />
    </form>
  );
}
