"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { STATUS, statusIn } from "@/lib/content/status";
import type { EditableArticle } from "@/lib/data/newsroom/get-article-for-edit";
import { imageSrc } from "@/lib/media/image-url";
import type { SectionView } from "@/lib/view-types";
import { CoverPicker } from "./cover-picker";
import { Field, inputClass } from "./field";
import { RichTextEditor } from "./rich-text-editor";
import { ArticleActionBar, type ArticleStep } from "./article-action-bar";
import { LocalDraftPrompt } from "./local-draft-prompt";
import { SectionField } from "./section-field";
import { IMAGE_UPLOAD_URL } from "./upload-image";
import { useKeptForm } from "./use-kept-form";
import { type LocalDraft, useLocalDraft } from "./use-local-draft";

type ArticleFormProps = {
  article: EditableArticle | null;
  sections: SectionView[];
  /** 头条/推荐 are only offered to the chief editor (the server ignores them from others anyway). */
  canSetFlags: boolean;
  /** saveArticleAction, handed down by the page. */
  saveAction: FormAction;
  /** The step the action bar offers beside 保存 (the server checks it again). */
  step?: ArticleStep;
};

/** Enter in a one-line field never sends the form (it is easy to press while typing a title). */
function keepEnterInField(event: React.KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
  if (target instanceof HTMLInputElement && target.type !== "submit" && target.type !== "button") event.preventDefault();
}

/**
 * The article editor; what was typed survives an error (useKeptForm), a
 * crash or a closed tab (useLocalDraft). Ctrl/⌘+S saves.
 */
export function ArticleForm({ article, sections, canSetFlags, saveAction, step }: ArticleFormProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const { state, pending, onSubmit, errors } = useKeptForm(saveAction);
  const [version, setVersion] = useState(article?.version ?? null);
  const local = useLocalDraft(form, article?.id ?? null, version);
  // A restored local copy replaces the fields' starting values (and remounts them).
  const [restored, setRestored] = useState<LocalDraft | null>(null);
  const value = (name: keyof NonNullable<typeof article> & string, fallback = "") =>
    restored?.fields[name] ?? String(article?.[name] ?? fallback);

  useEffect(() => {
    if (state.status !== "ok") return;
    local.clear();
    if (!article && state.id) router.replace(`/newsroom/articles/${state.id}${state.link ? "?published=1" : ""}`);
    else {
      // The server's answer names the version just saved: the next save builds on it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (state.version) setVersion(state.version);
      router.refresh();
    }
    // local.clear is stable; only a new answer should run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, article, router]);
  useEffect(() => {
    // A refresh brought a newer version from the server (unless a restored local copy pins its own).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!restored && article && (version === null || article.version > version)) setVersion(article.version);
  }, [article, version, restored]);
  useEffect(() => {
    function saveKeys(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        if (!pending) form.current?.requestSubmit(saveButton.current);
      }
    }
    window.addEventListener("keydown", saveKeys);
    return () => window.removeEventListener("keydown", saveKeys);
  }, [pending]);

  return (
    <form ref={form} onSubmit={onSubmit} onKeyDown={keepEnterInField} onInput={local.keep} className="space-y-4" noValidate aria-label="稿件编辑">
      {local.offer && !restored ? (
        <LocalDraftPrompt
          draft={local.offer}
          onRestore={() => {
            setRestored(local.offer);
            // The version the copy was written against: a newer save by someone else is then refused, not overwritten.
            setVersion(local.offer?.version ?? version);
            local.setOffer(null);
          }}
          onDiscard={local.discard}
        />
      ) : null}
      <div key={restored?.savedAt ?? "server"} className="space-y-4">
      <input type="hidden" name="id" value={article?.id ?? ""} />
      <input type="hidden" name="version" value={version ?? ""} />
      <Field label="标题" name="title" error={errors.title}>
        {(a) => <input {...a} name="title" defaultValue={value("title")} maxLength={100} required className={`${inputClass} text-lg font-bold`} />}
      </Field>
      <Field label="副题（引题或副标题，可不填）" name="subtitle" error={errors.subtitle}>
        {(a) => <input {...a} name="subtitle" defaultValue={value("subtitle")} maxLength={100} className={inputClass} />}
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SectionField sections={sections} defaultValue={restored ? Number(restored.fields.sectionId) : article?.sectionId} error={errors.sectionId} />
        <Field label="来源" name="source" error={errors.source} hint="留空即为本站原创">
          {(a) => <input {...a} name="source" defaultValue={value("source")} maxLength={60} className={inputClass} />}
        </Field>
        <Field label="电头" name="dateline" error={errors.dateline}>
          {(a) => <input {...a} name="dateline" defaultValue={value("dateline", "本港讯")} maxLength={60} className={inputClass} />}
        </Field>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="作者（记者、通讯员）" name="reporters" error={errors.reporters} hint="多位作者用空格分隔">
          {(a) => <input {...a} name="reporters" defaultValue={value("reporters")} maxLength={300} className={inputClass} />}
        </Field>
        <Field label="关键词" name="tags" error={errors.tags} hint="用逗号分隔，用于相关新闻">
          {(a) => <input {...a} name="tags" defaultValue={value("tags")} maxLength={300} className={inputClass} />}
        </Field>
      </div>
      <Field label="摘要" name="summary" error={errors.summary} hint="留空则取正文开头">
        {(a) => <textarea {...a} name="summary" defaultValue={value("summary")} maxLength={300} rows={2} className={`${inputClass} py-2`} />}
      </Field>
      <CoverPicker
        uploadUrl={IMAGE_UPLOAD_URL}
        error={errors.coverImageId}
        describe
        initial={
          article?.cover && article.coverImageId
            ? { id: article.coverImageId, src: imageSrc(article.cover, 320), alt: article.cover.alt, caption: article.cover.caption }
            : null
        }
      />
      <div>
        <span id="body-label" className="block text-sm font-medium">
          正文
        </span>
        <RichTextEditor name="bodyHtml" defaultValue={value("bodyHtml")} uploadUrl={IMAGE_UPLOAD_URL} labelledBy="body-label" error={errors.bodyHtml} />
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
      </div>
      <ArticleActionBar ref={saveButton} isNew={!article} live={article ? statusIn(article.status, [STATUS.published, STATUS.scheduled]) : false} step={step} pending={pending} state={state} />
    </form>
  );
}
