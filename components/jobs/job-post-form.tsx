"use client";

import { useEffect, useState, useTransition } from "react";
import { type FormState, IDLE } from "@/lib/actions/form-state";
import { JOB_FIELD_ORDER, JobFields } from "./job-fields";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

const SEND_FAILED = "提交失败：网络连接中断，请检查后重试。您填写的内容仍保留在表单中。";

/**
 * 发布招聘, the employers' public form. Submitted by hand, as 在线投稿 is,
 * so that a correction keeps what was typed and a failed request shows a
 * message; method="post" keeps contact details out of the URL before the
 * script has loaded.
 */
export function JobPostForm({ action }: { action: Action }) {
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();
  const errors = state.status === "error" ? state.fieldErrors : {};

  useEffect(() => {
    if (state.status !== "error") return;
    const first = JOB_FIELD_ORDER.find((name) => state.fieldErrors[name]);
    if (first) document.getElementById(`field-${first}`)?.focus();
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      let next: FormState;
      try {
        next = await action(state, data);
      } catch {
        next = { status: "error", message: SEND_FAILED, fieldErrors: {} };
      }
      startTransition(() => setState(next));
      if (next.status === "ok") form.reset();
    });
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate aria-label="发布招聘" className="mt-6 space-y-5">
      <JobFields errors={errors} />
      {/* For robots only: people neither see it nor reach it with the keyboard. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="field-website">请勿填写</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="space-y-3">
        <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand px-8 font-medium text-white hover:bg-brand-dark disabled:opacity-60 sm:w-auto">
          {pending ? "正在提交…" : "提交审核"}
        </button>
        <p role="status" className={state.status === "idle" ? "" : `rounded p-3 text-sm ${state.status === "ok" ? "bg-green-50 text-green-800" : "bg-brand-soft text-brand"}`}>
          {state.status === "idle" ? "" : state.message}
        </p>
      </div>
    </form>
  );
}
