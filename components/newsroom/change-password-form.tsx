"use client";

import { useEffect, useRef } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { Field, inputClass } from "./field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

/** 修改密码 on 我的账号: the current password, the new one twice. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  useEffect(() => {
    if (state.status === "ok") formRef.current?.reset(); // no password stays on the screen
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label="修改密码" noValidate>
      <Field label="当前密码" name="currentPassword" error={errors.currentPassword}>
        {(a) => <input {...a} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <Field label="新密码" name="newPassword" error={errors.password} hint="至少10位，须同时包含字母和数字">
        {(a) => <input {...a} name="password" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <Field label="再次输入新密码" name="passwordAgain" error={errors.passwordAgain}>
        {(a) => <input {...a} name="passwordAgain" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <SubmitBar label="修改密码" pending={pending} state={state} />
    </form>
  );
}
