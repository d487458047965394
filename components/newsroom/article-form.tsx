"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { EditableArticle } from "@/lib/data/newsroom/get-article-for-edit";
import { imageSrc } from "@/lib/media/image-url";
import type { SectionView } from "@/lib/view-types";
import { CoverPicker } from "./cover-picker";
import { Field, inputClass } from "./field";
import { RichTextEditor } from "./rich-text-editor";
import { SectionField } from "./section-field";
import { SubmitBar } from "./submit-bar";
import { IMAGE_UPLOAD_URL } from "./upload-image";
import { useKeptForm } from "./use-kept-form";

type ArticleFormProps = {
  article: EditableArticle | null;
  sections: SectionView[];
  /** 头条/推荐 are only offered to the chief editor (the server ignores them from others anyway). */
  canSetFlags: boolean;
  /** saveArticleAction, handed down by the page. */
  saveAction: (previous: FormState, data: FormData) => Promise<FormState>;
};

/** The article editor; what was typed survives an error (useKeptForm). */
export function ArticleForm({ article, sections, canSetFlags, saveAction }: ArticleFormProps) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useKeptForm(saveAction);
  const [version, setVersion] = useState(article?.version ?? null);

  useEffect(() => {
    if (state.status !== "ok") return;
    if (!article && state.id) router.replace(`/newsroom/articles/${state.id}`);
    else {
      if (state.version) setVersion(state.version);
      router.refresh();
    }
  }, [state, article, router]);
  useEffect(() => {
    if (article && (version === null || article.version > version)) setVersion(article.version);
  }, [article, version]);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="稿件编辑">
      <input type="hidden" name="id" value={article?.id ?? ""} />
      <input type="hidden" name="version" value={version ?? ""} />
      <Field label="标题" name="title" error={errors.title}>
        {(a) => <input {...a} name="title" defaultValue={article?.title} maxLength={100} required className={`${inputClass} text-lg font-bold`} />}
      </Field>
      <Field label="副题（引题或副标题，可不填）" name="subtitle" error={errors.subtitle}>
        {(a) => <input {...a} name="subtitle" defaultValue={article?.subtitle} maxLength={100} className={inputClass} />}
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SectionField sections={sections} defaultValue={article?.sectionId} error={errors.sectionId} />
        <Field label="来源" name="source" error={errors.source} hint="留空即为本站原创">
          {(a) => <input {...a} name="source" defaultValue={article?.source} maxLength={60} className={inputClass} />}
        </Field>
        <Field label="电头" name="dateline" error={errors.dateline}>
          {(a) => <input {...a} name="dateline" defaultValue={article?.dateline ?? "本港讯"} maxLength={60} className={inputClass} />}
        </Field>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="作者（记者、通讯员）" name="reporters" error={errors.reporters} hint="多位作者用空格分隔">
          {(a) => <input {...a} name="reporters" defaultValue={article?.reporters} maxLength={300} className={inputClass} />}
        </Field>
        <Field label="关键词" name="tags" error={errors.tags} hint="用逗号分隔，用于相关新闻">
          {(a) => <input {...a} name="tags" defaultValue={article?.tags} maxLength={300} className={inputClass} />}
        </Field>
      </div>
      <Field label="摘要" name="summary" error={errors.summary} hint="留空则取正文开头">
        {(a) => <textarea {...a} name="summary" defaultValue={article?.summary} maxLength={300} rows={2} className={`${inputClass} py-2`} />}
      </Field>
      <CoverPicker
        uploadUrl={IMAGE_UPLOAD_URL}
        error={errors.coverImageId}
        initial={article?.cover && article.coverImageId ? { id: article.coverImageId, src: imageSrc(article.cover, 320) } : null}
      />
      <div>
        <span id="body-label" className="block text-sm font-medium">
          正文
        </span>
        <RichTextEditor name="bodyHtml" defaultValue={article?.bodyHtml ?? ""} uploadUrl={IMAGE_UPLOAD_URL} labelledBy="body-label" error={errors.bodyHtml} />
      </div>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">标记</legend>
        {canSetFlags ? (
          <>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="isHeadline" defaultChecked={article?.isHeadline} className="h-5 w-5" /> 头条
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="isFeatured" defaultChecked={article?.isFeatured} className="h-5 w-5" /> 推荐
            </label>
          </>
        ) : null}
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="isBreaking" defaultChecked={article?.isBreaking} className="h-5 w-5" /> 快讯
        </label>
      </fieldset>
      <SubmitBar label={article ? "保存" : "创建草稿"} pending={pending} state={state} className="sticky bottom-0 border-t border-line bg-neutral-50 py-3" />
    </form>
  );
}
