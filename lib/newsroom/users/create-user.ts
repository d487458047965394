import "server-only";
import { z } from "zod";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

export const newUserSchema = z.object({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,40}$/, "用户名须为3到40位字母、数字、点、下划线或连字符"),
  displayName: z.string().trim().min(1, "请填写姓名").max(30, "姓名过长"),
  role: z.enum(ROLES, { error: "角色无效（admin、chief、editor、reporter）" }),
  password: z.string().superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  /** Section slugs an editor may publish in. */
  sections: z.array(z.string()).default([]),
});

/** Creates a newsroom account with an argon2id password hash. */
export async function createUser(input: z.input<typeof newUserSchema>) {
  const data = newUserSchema.parse(input);
  if (await db.user.findUnique({ where: { username: data.username } })) throw new Error(`用户名已存在: ${data.username}`);
  const sections = await db.section.findMany({ where: { slug: { in: data.sections } }, select: { id: true, slug: true } });
  const unknown = data.sections.filter((s) => !sections.some((x) => x.slug === s));
  if (unknown.length) throw new Error(`未知栏目: ${unknown.join(", ")}`);
  return db.user.create({
    data: {
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      passwordHash: await hashPassword(data.password),
      sections: { create: sections.map((s) => ({ sectionId: s.id })) },
    },
    select: { id: true, username: true, role: true },
  });
}
