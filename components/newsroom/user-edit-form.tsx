"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { ROLES, ROLE_LABELS, type Role, isRole } from "@/lib/auth/roles";
import type { UserAdminView } from "@/lib/data/newsroom/list-users";
import { Field, inputClass } from "./field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

export type SectionChoice = { slug: string; name: string };

/** What each role may do, shown under the role select. */
export const ROLE_HINTS: Record<Role, string> = {
  admin: "全部权限，另可管理账号、网站设置、栏目和操作日志",
  chief: "可在所有栏目发布，设置头条和推荐",
  editor: "只能在下面勾选的栏目里编辑和发布",
  reporter: "写稿、提交审核，不能发布",
};

/** Roles in the select, most powerful first. */
export function RoleOptions() {
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {ROLE_LABELS[r]}
    </option>
  ));
}

type SectionChoicesProps = { idPrefix: string; sections: SectionChoice[]; checked: string[]; error?: string };

/**
 * The sections an editor may publish in: one checkbox per section named
 * `section-<slug>` (see SECTION_FIELD_PREFIX in lib/validation/user-admin.ts),
 * so that each arrives as its own form field.
 */
export function SectionChoices({ idPrefix, sections, checked, error }: SectionChoicesProps) {
  const errorId = `${idPrefix}-sections-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium">可发布的栏目</legend>
      <div className="mt-1 flex flex-wrap gap-x-4">
        {sections.map((s) => (
          <label key={s.slug} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name={`section-${s.slug}`} defaultChecked={checked.includes(s.slug)} className="size-4" />
            {s.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-brand">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

type UserEditFormProps = { user: UserAdminView; sections: SectionChoice[]; isSelf: boolean; action: FormAction };

/** 编辑账号: name, role, (for editors) sections, and whether the account may sign in. */
export function UserEditForm({ user, sections, isSelf, action }: UserEditFormProps) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  const [role, setRole] = useState<Role>(user.role);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  const p = `u${user.id}`;
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={`编辑账号：${user.displayName}`} noValidate>
      <input type="hidden" name="id" value={user.id} />
      <Field label="姓名" name={`${p}-displayName`} error={errors.displayName}>
        {(a) => <input {...a} name="displayName" defaultValue={user.displayName} maxLength={30} required className={inputClass} />}
      </Field>
      <Field label="角色" name={`${p}-role`} error={errors.role} hint={isSelf ? "不能修改自己的角色" : ROLE_HINTS[role]}>
        {(a) => (
          <>
            <select
              {...a}
              name={isSelf ? undefined : "role"}
              value={role}
              disabled={isSelf}
              onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}
              className={inputClass}
            >
              <RoleOptions />
            </select>
            {isSelf ? <input type="hidden" name="role" value={user.role} /> : null}
          </>
        )}
      </Field>
      {role === "editor" ? (
        <SectionChoices idPrefix={p} sections={sections} checked={user.sections.map((s) => s.slug)} error={errors.sections} />
      ) : null}
      <div>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            name={isSelf ? undefined : "active"}
            defaultChecked={user.active}
            disabled={isSelf}
            aria-describedby={`${p}-active-note`}
            aria-invalid={errors.active ? true : undefined}
            className="size-4"
          />
          启用（可登录编辑部）
        </label>
        {isSelf ? <input type="hidden" name="active" value="on" /> : null}
        <p id={`${p}-active-note`} className={errors.active ? "text-sm text-brand" : "text-xs text-muted"}>
          {errors.active ?? (isSelf ? "不能停用自己的账号" : user.hasPassword ? "停用后立即不能再登录和操作" : "尚未设置密码：重置密码后才能登录")}
        </p>
      </div>
      <SubmitBar label="保存账号" pending={pending} state={state} />
    </form>
  );
}

type ResetPasswordFormProps = { user: Pick<UserAdminView, "id" | "displayName">; action: FormAction };

/** 重置密码: the admin sets a new password and tells the user. */
export function ResetPasswordForm({ user, action }: ResetPasswordFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  useEffect(() => {
    if (state.status !== "ok") return;
    formRef.current?.reset(); // the new password does not stay on the screen
    router.refresh();
  }, [state, router]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={`重置密码：${user.displayName}`} noValidate>
      <input type="hidden" name="id" value={user.id} />
      <Field label="新密码" name={`u${user.id}-password`} error={errors.password} hint="至少10位，须同时包含字母和数字">
        {(a) => <input {...a} name="password" type="text" autoComplete="off" spellCheck={false} required className={inputClass} />}
      </Field>
      <SubmitBar label="重置密码" pending={pending} state={state} />
    </form>
  );
}
