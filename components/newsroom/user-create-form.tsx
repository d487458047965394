"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { type Role, isRole } from "@/lib/auth/roles";
import { Field, inputClass } from "./field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";
import { ROLE_HINTS, RoleOptions, type SectionChoice, SectionChoices } from "./user-edit-form";

type Props = { sections: SectionChoice[]; action: FormAction };

const DEFAULT_ROLE: Role = "reporter";

/** 新建账号: after it is created the form is emptied and the list below shows it. */
export function UserCreateForm({ sections, action }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  const [role, setRole] = useState<Role>(DEFAULT_ROLE);
  useEffect(() => {
    if (state.status !== "ok") return;
    formRef.current?.reset();
    router.refresh();
  }, [state, router]);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onReset={() => setRole(DEFAULT_ROLE)}
      className="space-y-3 rounded border border-line bg-white p-4"
      aria-labelledby="create-user-heading"
      noValidate
    >
      <h2 id="create-user-heading" className="text-lg font-bold">
        新建账号
      </h2>
      <Field label="用户名" name="username" error={errors.username} hint="登录用，3到40位字母、数字、点、下划线或连字符，创建后不能修改">
        {(a) => <input {...a} name="username" autoComplete="off" spellCheck={false} maxLength={40} required className={inputClass} />}
      </Field>
      <Field label="姓名" name="displayName" error={errors.displayName} hint="编辑部里显示的名字，如“杨编辑”">
        {(a) => <input {...a} name="displayName" autoComplete="off" maxLength={30} required className={inputClass} />}
      </Field>
      <Field label="角色" name="role" error={errors.role} hint={ROLE_HINTS[role]}>
        {(a) => (
          <select {...a} name="role" value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)} className={inputClass}>
            <RoleOptions />
          </select>
        )}
      </Field>
      {role === "editor" ? <SectionChoices idPrefix="new-user" sections={sections} checked={[]} error={errors.sections} /> : null}
      <Field label="初始密码" name="password" error={errors.password} hint="至少10位，须同时包含字母和数字；请当面或电话告知本人">
        {(a) => <input {...a} name="password" type="text" autoComplete="off" spellCheck={false} required className={inputClass} />}
      </Field>
      <SubmitBar label="创建账号" pending={pending} state={state} />
    </form>
  );
}
