"use client";

import { PublicFormFooter } from "@/components/forms/public-form-footer";
import { usePublicForm } from "@/components/forms/use-public-form";
import type { FormAction } from "@/lib/actions/form-state";
import { JOB_FIELD_ORDER, JobFields } from "./job-fields";


const SEND_FAILED = "提交失败：网络连接中断，请检查后重试。您填写的内容仍保留在表单中。";

/**
 * 发布招聘, the employers' public form, built like 在线投稿. method="post"
 * keeps contact details out of the URL before the script has loaded.
 */
export function JobPostForm({ action }: { action: FormAction }) {
  const { state, pending, errors, send } = usePublicForm(action, JOB_FIELD_ORDER, SEND_FAILED);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send(event.currentTarget);
      }}
      method="post"
      noValidate
      aria-label="发布招聘"
      className="mt-6 space-y-5"
    >
      <JobFields errors={errors} />
      <PublicFormFooter label="提交审核" pending={pending} state={state} />
    </form>
  );
}
