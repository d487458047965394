"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import type { EditablePhoto, EditablePhotoSet } from "@/lib/data/newsroom/get-photo-set-for-edit";
import type { SectionView } from "@/lib/view-types";
import { Field, inputClass } from "./field";
import { SectionField } from "./section-field";
import { SubmitBar } from "./submit-bar";
import { uploadImage } from "./upload-image";
import { useKeptForm } from "./use-kept-form";

type Row = EditablePhoto & { key: string };

type PhotoSetFormProps = {
  set: EditablePhotoSet | null;
  sections: SectionView[];
  saveAction: FormAction;
};

let rowKeys = 0;
const toRows = (photos: EditablePhoto[]): Row[] => photos.map((p) => ({ ...p, key: `r${++rowKeys}` }));

/**
 * A photo set: title, lead, section, and its photos (upload several at once,
 * caption and photographer for each, order, cover, remove). The photos go to
 * the server as one JSON field, in order.
 */
export function PhotoSetForm({ set, sections, saveAction }: PhotoSetFormProps) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useKeptForm(saveAction);
  const [rows, setRows] = useState<Row[]>(() => toRows(set?.photos ?? []));
  const [cover, setCover] = useState<number | null>(set?.coverImageId ?? null);
  const [upload, setUpload] = useState("");
  // After a save the page sends the stored photos (with their new ids): take them.
  const [syncedAt, setSyncedAt] = useState(set?.updatedAt);
  if (set && set.updatedAt !== syncedAt) {
    setSyncedAt(set.updatedAt);
    setRows(toRows(set.photos));
    setCover(set.coverImageId);
  }

  useEffect(() => {
    if (state.status !== "ok") return;
    if (!set && state.id) router.replace(`/newsroom/photos/${state.id}`);
    else router.refresh();
  }, [state, set, router]);

  async function addFiles(files: File[]) {
    const failed: string[] = [];
    for (const [i, file] of files.entries()) {
      setUpload(`正在上传第${i + 1}/${files.length}张…`);
      try {
        const image = await uploadImage(file);
        setRows((r) => [...r, ...toRows([{ photoId: null, imageId: image.id, src: image.src, caption: "", alt: "", photographer: "" }])]);
      } catch (e) {
        failed.push(`${file.name}：${e instanceof Error ? e.message : "上传失败"}`);
      }
    }
    setUpload(failed.length ? `有${failed.length}张未上传。${failed.join("；")}` : `已上传${files.length}张，请填写说明后保存`);
  }

  const edit = (key: string, change: Partial<Row>) => setRows((r) => r.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const move = (index: number, by: number) =>
    setRows((r) => {
      const next = [...r];
      const [row] = next.splice(index, 1);
      next.splice(Math.min(Math.max(0, index + by), next.length), 0, row);
      return next;
    });
  const remove = (key: string) => setRows((r) => r.filter((row) => row.key !== key));
  const coverId = rows.some((r) => r.imageId === cover) ? cover : (rows[0]?.imageId ?? null);
  const payload = JSON.stringify(rows.map(({ photoId, imageId, caption, alt, photographer }) => ({ photoId, imageId, caption, alt, photographer })));

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="图集编辑">
      <input type="hidden" name="id" value={set?.id ?? ""} />
      <input type="hidden" name="photos" value={payload} />
      <input type="hidden" name="coverImageId" value={coverId ?? ""} />
      <Field label="标题" name="title" error={errors.title}>
        {(a) => <input {...a} name="title" defaultValue={set?.title} maxLength={100} required className={`${inputClass} text-lg font-bold`} />}
      </Field>
      <SectionField sections={sections} defaultValue={set?.sectionId} error={errors.sectionId} />
      <Field label="导语" name="summary" error={errors.summary}>
        {(a) => <textarea {...a} name="summary" defaultValue={set?.summary} maxLength={300} rows={3} className={`${inputClass} py-2`} />}
      </Field>

      <section aria-labelledby="photos-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="photos-heading" className="font-bold">
            图片（{rows.length}）
          </h2>
          <label className="inline-flex min-h-11 cursor-pointer items-center rounded border border-line bg-white px-3 text-sm hover:border-brand">
            上传图片（可多选）
            <input
              type="file"
              accept="image/*"
              multiple
              className="sr-only"
              onChange={(e) => {
                const files = [...(e.currentTarget.files ?? [])];
                e.currentTarget.value = "";
                if (files.length) void addFiles(files);
              }}
            />
          </label>
          <p role="status" className="text-sm text-muted">
            {upload}
          </p>
        </div>
        {errors.photos || errors.coverImageId ? <p className="text-sm text-brand">{errors.photos ?? errors.coverImageId}</p> : null}
        {rows.length === 0 ? <p className="text-sm text-muted">还没有图片。</p> : null}
        <ol className="space-y-3">
          {rows.map((row, i) => (
            <li key={row.key} className="flex flex-wrap gap-3 rounded border border-line bg-white p-3" aria-label={`第${i + 1}张`}>
              <img src={row.src} alt={`第${i + 1}张预览`} className="h-24 w-32 shrink-0 rounded object-cover" />
              <div className="min-w-0 flex-1 space-y-2">
                <label className="block text-sm">
                  <span className="font-medium">第{i + 1}张 图片说明</span>
                  <textarea value={row.caption} onChange={(e) => edit(row.key, { caption: e.target.value })} maxLength={300} rows={2} className={`${inputClass} py-2`} />
                </label>
                <label className="block text-sm">
                  <span className="font-medium">第{i + 1}张 替代文字</span>
                  <input
                    value={row.alt}
                    onChange={(e) => edit(row.key, { alt: e.target.value })}
                    maxLength={200}
                    placeholder="图片内容，供读屏软件朗读；不填则用图片说明"
                    className={inputClass}
                  />
                </label>
                <label className="block text-sm">
                  <span className="font-medium">第{i + 1}张 摄影</span>
                  <input value={row.photographer} onChange={(e) => edit(row.key, { photographer: e.target.value })} maxLength={30} className={inputClass} />
                </label>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <label className="flex min-h-11 items-center gap-2 pr-2">
                    <input type="radio" name="cover-choice" checked={coverId === row.imageId} onChange={() => setCover(row.imageId)} className="h-5 w-5" />
                    设为封面
                  </label>
                  <button type="button" aria-label={`上移第${i + 1}张`} onClick={() => move(i, -1)} disabled={i === 0} className="min-h-11 rounded border border-line px-3 disabled:opacity-40">
                    上移
                  </button>
                  <button type="button" aria-label={`下移第${i + 1}张`} onClick={() => move(i, 1)} disabled={i === rows.length - 1} className="min-h-11 rounded border border-line px-3 disabled:opacity-40">
                    下移
                  </button>
                  <button type="button" aria-label={`删除第${i + 1}张`} onClick={() => remove(row.key)} className="min-h-11 rounded px-3 text-muted hover:text-brand">
                    删除
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <SubmitBar label={set ? "保存" : "创建图集"} pending={pending} state={state} className="sticky bottom-0 border-t border-line bg-neutral-50 py-3" />
    </form>
  );
}
