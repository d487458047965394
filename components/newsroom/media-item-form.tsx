"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import type { EditableMediaItem } from "@/lib/data/newsroom/list-newsroom-media";
import { imageSrc } from "@/lib/media/image-url";
import type { SectionView } from "@/lib/view-types";
import { IMAGE_UPLOAD_URL } from "./upload-image";
import { CoverPicker } from "./cover-picker";
import { Field, inputClass } from "./field";
import { SectionField } from "./section-field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

type MediaItemFormProps = {
  item: EditableMediaItem | null;
  sections: SectionView[];
  saveAction: FormAction;
};

/** 视听 title, summary, section, kind and poster; a new item opens its own page next, for the file upload. */
export function MediaItemForm({ item, sections, saveAction }: MediaItemFormProps) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useKeptForm(saveAction);
  useEffect(() => {
    if (state.status !== "ok") return;
    if (!item && state.id) router.replace(`/newsroom/video/${state.id}`);
    else router.refresh();
  }, [state, item, router]);

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded border border-line bg-white p-4" noValidate aria-label="节目信息">
      <input type="hidden" name="id" value={item?.id ?? ""} />
      <Field label="标题" name="title" error={errors.title}>
        {(a) => <input {...a} name="title" defaultValue={item?.title} maxLength={100} required className={`${inputClass} font-bold`} />}
      </Field>
      <Field label="简介" name="summary" error={errors.summary} hint="300字以内，显示在节目页和列表里">
        {(a) => <textarea {...a} name="summary" defaultValue={item?.summary} maxLength={300} rows={3} className={`${inputClass} py-2`} />}
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SectionField
          sections={sections}
          defaultValue={item?.sectionId ?? sections.find((s) => s.slug === "shiting")?.id ?? sections[0]?.id}
          error={errors.sectionId}
        />
        <fieldset>
          <legend className="block text-sm font-medium">类型</legend>
          <div className="mt-1 flex gap-4">
            {(["video", "audio"] as const).map((kind) => (
              <label key={kind} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="kind" value={kind} defaultChecked={(item?.kind ?? "video") === kind} />
                {kind === "video" ? "视频（MP4）" : "音频（M4A/MP3）"}
              </label>
            ))}
          </div>
          {errors.kind ? <p className="mt-1 text-sm text-brand">{errors.kind}</p> : null}
        </fieldset>
      </div>
      <CoverPicker
        initial={item?.poster ? { id: item.poster.id, src: imageSrc(item.poster, 320) } : null}
        uploadUrl={IMAGE_UPLOAD_URL}
        error={errors.coverImageId}
      />
      <SubmitBar label={item ? "保存" : "创建"} pending={pending} state={state} />
    </form>
  );
}
