"use client";

import { useState } from "react";
import { PublicFormFooter } from "@/components/forms/public-form-footer";
import { usePublicForm } from "@/components/forms/use-public-form";
import { Field, inputClass } from "@/components/newsroom/field";
import type { FormAction } from "@/lib/actions/form-state";
import { MAX_CONTRIBUTION_IMAGE_BYTES, MAX_CONTRIBUTION_IMAGES } from "@/lib/validation/submission-limits";


const FIELD_ORDER = ["name", "contact", "title", "body", "images"];
const SEND_FAILED = "提交失败：网络连接中断或图片过大，请检查后重试。您填写的内容仍保留在表单中。";

/**
 * The public 在线投稿 form (submitted by hand: see usePublicForm).
 * method="post" is for the moments before the script has loaded: a plain
 * submission must not put the reader's contact details into a URL.
 */
export function ContributeForm({ action }: { action: FormAction }) {
  const { state, pending, errors: serverErrors, send } = usePublicForm(action, FIELD_ORDER, SEND_FAILED);
  const [fileError, setFileError] = useState("");
  const errors: Record<string, string> = { ...serverErrors };
  if (fileError) errors.images = fileError;

  function onFilesChange(event: React.ChangeEvent<HTMLInputElement>) {
    setFileError(checkFiles(event.currentTarget.files));
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const problem = checkFiles((form.elements.namedItem("images") as HTMLInputElement | null)?.files ?? null);
    setFileError(problem);
    if (problem) {
      document.getElementById("field-images")?.focus();
      return;
    }
    send(form);
  }

  return (
    <form onSubmit={onSubmit} method="post" encType="multipart/form-data" noValidate aria-label="在线投稿" className="mt-6 space-y-5">
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Field label="姓名" name="name" error={errors.name}>
          {(a) => <input {...a} name="name" autoComplete="name" maxLength={30} required className={inputClass} />}
        </Field>
        <Field label="联系方式（电话或邮箱）" name="contact" error={errors.contact} hint="仅供编辑核实稿件，不会公开">
          {(a) => <input {...a} name="contact" maxLength={60} required className={inputClass} />}
        </Field>
      </div>
      <Field label="标题" name="title" error={errors.title}>
        {(a) => <input {...a} name="title" maxLength={100} required className={inputClass} />}
      </Field>
      <Field label="正文" name="body" error={errors.body} hint="至少20个字；请写清时间、地点和经过">
        {(a) => <textarea {...a} name="body" rows={10} maxLength={20_000} required className={`${inputClass} py-2 leading-relaxed`} />}
      </Field>
      <Field label="图片（可选）" name="images" error={errors.images} hint={`最多${MAX_CONTRIBUTION_IMAGES}张，每张不超过10MB`}>
        {(a) => (
          <input
            {...a}
            type="file"
            name="images"
            multiple
            accept="image/*"
            onChange={onFilesChange}
            className={`${inputClass} py-2 file:mr-3 file:min-h-11 file:rounded file:border-0 file:bg-neutral-100 file:px-4`}
          />
        )}
      </Field>
      <PublicFormFooter label="提交投稿" pending={pending} state={state} />
    </form>
  );
}

/** The browser's check of the pictures; the server checks again, and its word counts. */
function checkFiles(files: FileList | null): string {
  if (!files) return "";
  if (files.length > MAX_CONTRIBUTION_IMAGES) return `最多只能上传${MAX_CONTRIBUTION_IMAGES}张图片，请重新选择`;
  const big = Array.from(files).find((f) => f.size > MAX_CONTRIBUTION_IMAGE_BYTES);
  return big ? `图片「${big.name}」超过10MB，请换一张或压缩后再试` : "";
}
