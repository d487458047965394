import { z } from "zod";
import { newUserSchema } from "@/lib/newsroom/users/create-user";
import { idField } from "./ids";

// 账号管理: what the admin's forms send. The forms post FormData, which
// runNewsroomAction turns into one string per name (the last one wins), so
// the sections an editor may publish in arrive as one checkbox per section,
// named `section-<slug>` (present when ticked). Direct callers (tests, scripts)
// may pass `sections` as an array of slugs or a comma-separated string.
//
// Imported by server actions and commands only: newUserSchema lives in a
// server-only module.

/** The form field name of one section's checkbox. */
export const SECTION_FIELD_PREFIX = "section-";

const SLUG = /^[a-z0-9-]{1,40}$/;

/** Collects `section-<slug>` checkboxes (or a comma list) into `sections: string[]`. */
function gatherSections(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const obj = raw as Record<string, unknown>;
  if (Array.isArray(obj.sections)) return obj;
  const listed = typeof obj.sections === "string" ? obj.sections.split(",") : [];
  const ticked = Object.keys(obj)
    .filter((k) => k.startsWith(SECTION_FIELD_PREFIX) && obj[k] !== undefined && obj[k] !== false && obj[k] !== "")
    .map((k) => k.slice(SECTION_FIELD_PREFIX.length));
  const sections = [...new Set([...listed, ...ticked].map((s) => s.trim()).filter(Boolean))];
  return { ...obj, sections };
}

const sectionsField = z.array(z.string().regex(SLUG, "栏目无效")).max(50, "栏目过多").default([]);

/** A checkbox: present ("on") when ticked, absent when not; booleans from direct callers. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "1" || v === "true", z.boolean());

const userId = idField("账号编号无效");

/** 新建账号: username, display name, role, first password and (for editors) sections. */
export const createUserFormSchema = z.preprocess(gatherSections, newUserSchema.extend({ sections: sectionsField }));
export type CreateUserInput = z.output<typeof createUserFormSchema>;

/** 编辑账号: everything but the username (fixed) and the password (reset separately). */
export const updateUserFormSchema = z.preprocess(
  gatherSections,
  z.object({
    id: userId,
    displayName: newUserSchema.shape.displayName,
    role: newUserSchema.shape.role,
    sections: sectionsField,
    active: checkbox,
  }),
);
export type UpdateUserInput = z.output<typeof updateUserFormSchema>;

/** 重置密码: the same rules as a new account's password. */
export const resetPasswordFormSchema = z.object({
  id: userId,
  password: newUserSchema.shape.password,
});
export type ResetPasswordInput = z.output<typeof resetPasswordFormSchema>;

/** 修改密码 (我的账号): the current password, and a new one under the same rules as a new account's. */
export const changeOwnPasswordFormSchema = z
  .object({
    currentPassword: z.string().min(1, "请填写当前密码").max(200, "密码过长"),
    password: newUserSchema.shape.password,
    passwordAgain: z.string(),
  })
  .superRefine((input, ctx) => {
    if (input.password !== input.passwordAgain) ctx.addIssue({ code: "custom", path: ["passwordAgain"], message: "两次填写的新密码不一致" });
    if (input.password === input.currentPassword) ctx.addIssue({ code: "custom", path: ["password"], message: "新密码不能与当前密码相同" });
  });
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordFormSchema>;
