import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { endSessions, type SessionEndReason } from "@/lib/auth/session-end";
import { canManageSite } from "@/lib/auth/permissions";
import { type Actor, ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { serializableTransaction } from "@/lib/db/serializable";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from "@/lib/validation/user-admin";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notFound, notSignedIn } from "../errors";

// 账号管理: admins create accounts, change their name, role, sections and
// whether they may sign in, and set new passwords. Nothing public changes, so
// no cache tag is revalidated. Passwords are never written to the audit log.

type Context = { ip?: string };
type Outcome = { revalidate: string[]; id: number };

export const LAST_ADMIN_MESSAGE = "至少要保留一名启用的管理员：不能降级或停用最后一名管理员";

function requireAdmin(actor: Actor | null, what: string): asserts actor is Actor {
  if (!actor) throw notSignedIn();
  if (!canManageSite(actor)) throw forbidden(what);
}

const invalid = (field: string, message: string) => new CommandError("invalid", message, { [field]: message });

const roleLabel = (role: string) => (isRole(role) ? ROLE_LABELS[role] : role);

/** Sections are what an editor may publish in; for every other role they mean nothing and are not kept. */
async function sectionsFor(role: string, slugs: string[]) {
  if (role !== "editor" || slugs.length === 0) return [];
  const found = await db.section.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } });
  const unknown = slugs.filter((s) => !found.some((f) => f.slug === s));
  if (unknown.length) throw invalid("sections", `栏目不存在：${unknown.join("、")}`);
  return found;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** 新建账号: an argon2id hash of the first password, and the editor's sections. */
export async function createUserByAdmin(actor: Actor | null, input: CreateUserInput, context: Context = {}): Promise<Outcome> {
  requireAdmin(actor, "管理账号");
  const usernameTaken = () => invalid("username", `用户名已存在：${input.username}`);
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) throw usernameTaken();
  const sections = await sectionsFor(input.role, input.sections);
  // Hashed before the transaction: SQLite's write lock is not held for the ~30 ms.
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash,
          sections: { create: sections.map((s) => ({ sectionId: s.id })) },
        },
        select: { id: true },
      });
      const sectionNote = sections.length ? `，栏目：${sections.map((s) => s.name).join("、")}` : "";
      await recordAudit(
        {
          userId: actor.id,
          action: "user.create",
          targetType: "user",
          targetId: created.id,
          detail: `${input.username}（${input.displayName}，${roleLabel(input.role)}${sectionNote}）`,
          ip: context.ip,
        },
        tx,
      );
      return created;
    });
    return { revalidate: [], id: user.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken(); // created by someone else a moment ago
    throw error;
  }
}

/** 编辑账号: name, role, sections and 启用/停用. Takes effect on the user's next request. */
export async function updateUser(actor: Actor | null, input: UpdateUserInput, context: Context = {}): Promise<Outcome> {
  requireAdmin(actor, "管理账号");
  const before = await db.user.findUnique({
    where: { id: input.id },
    select: { id: true, username: true, displayName: true, role: true, active: true, sections: { select: { section: { select: { name: true } } } } },
  });
  if (!before) throw notFound("账号");
  if (before.id === actor.id) {
    // An admin who demotes or locks out themself may leave nobody to undo it.
    if (input.role !== before.role) throw invalid("role", "不能修改自己的角色，请让另一位管理员操作");
    if (!input.active) throw invalid("active", "不能停用自己的账号");
  }
  const sections = await sectionsFor(input.role, input.sections);

  await serializableTransaction(async (tx) => {
    // Written first, checked after, at SERIALIZABLE: of two admins demoted at
    // once, the second one's transaction sees the first's result (SQLite: it
    // waits for the write lock; PostgreSQL: it is aborted and run again).
    await tx.user.update({ where: { id: input.id }, data: { displayName: input.displayName, role: input.role, active: input.active } });
    await tx.userSection.deleteMany({ where: { userId: input.id } });
    if (sections.length) await tx.userSection.createMany({ data: sections.map((s) => ({ userId: input.id, sectionId: s.id })) });
    if (before.role === "admin" && before.active && (input.role !== "admin" || !input.active)) {
      const admins = await tx.user.count({ where: { role: "admin", active: true } });
      if (admins === 0) throw new CommandError("invalid", LAST_ADMIN_MESSAGE, { [input.active ? "role" : "active"]: LAST_ADMIN_MESSAGE });
    }
    const ended = sessionEndFor(before, input, sections.map((s) => s.name));
    if (ended) await endSessions(input.id, ended, tx);
    await recordAudit(
      {
        userId: actor.id,
        action: "user.update",
        targetType: "user",
        targetId: input.id,
        detail: describeChanges(before, input, sections.map((s) => s.name)),
        ip: context.ip,
      },
      tx,
    );
  });
  return { revalidate: [], id: input.id };
}

/** 重置密码: a new argon2id hash. The password itself is never logged. */
export async function resetPassword(actor: Actor | null, input: ResetPasswordInput, context: Context = {}): Promise<Outcome> {
  requireAdmin(actor, "重置密码");
  const user = await db.user.findUnique({ where: { id: input.id }, select: { id: true, username: true } });
  if (!user) throw notFound("账号");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endSessions(user.id, "password", tx);
    await recordAudit({ userId: actor.id, action: "user.reset-password", targetType: "user", targetId: user.id, detail: user.username, ip: context.ip }, tx);
  });
  return { revalidate: [], id: user.id };
}

type Before = Prisma.UserGetPayload<{
  select: { username: true; displayName: true; role: true; active: true; sections: { select: { section: { select: { name: true } } } } };
}>;

/** Deactivation and changes of role or sections end the user's sessions; a new name does not. */
function sessionEndFor(before: Before, input: UpdateUserInput, sectionNames: string[]): SessionEndReason | null {
  if (before.active && !input.active) return "deactivated";
  const oldSections = before.sections.map((s) => s.section.name).sort().join("、");
  if (before.role !== input.role || oldSections !== [...sectionNames].sort().join("、")) return "role";
  return null;
}

/** "zhangsan：角色 编辑→总编；停用" — what the audit log shows. */
function describeChanges(before: Before, input: UpdateUserInput, sectionNames: string[]): string {
  const changes: string[] = [];
  if (before.displayName !== input.displayName) changes.push(`姓名 ${before.displayName}→${input.displayName}`);
  if (before.role !== input.role) changes.push(`角色 ${roleLabel(before.role)}→${roleLabel(input.role)}`);
  const oldSections = before.sections.map((s) => s.section.name).sort();
  const newSections = [...sectionNames].sort();
  if (oldSections.join("、") !== newSections.join("、")) changes.push(`栏目 ${newSections.join("、") || "无"}`);
  if (before.active !== input.active) changes.push(input.active ? "启用" : "停用");
  return `${before.username}：${changes.join("；") || "未改动"}`;
}
