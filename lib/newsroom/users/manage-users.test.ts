import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-actor";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/newsroom/list-users";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { createUserFormSchema, resetPasswordFormSchema, updateUserFormSchema } from "@/lib/validation/user-admin";
import { CommandError } from "../errors";
import { LAST_ADMIN_MESSAGE, createUserByAdmin, resetPassword, updateUser } from "./manage-users";

const run = Date.now().toString(36);
const name = (what: string) => `mu-${what}-${run}`;
const as = (role: Role, id: number): Actor => ({ id, username: role, displayName: role, role, sectionIds: [] });
const isCode = (code: string) => (e: unknown) => e instanceof CommandError && e.code === code;
const PASSWORD = "Qiandongnan2024";

let admin: Actor;

async function makeUser(what: string, role: Role, active = true) {
  return db.user.create({ data: { username: name(what), displayName: what, role, active }, select: { id: true } });
}

beforeAll(async () => {
  await seedSiteDefaults();
  admin = as("admin", (await makeUser("admin", "admin")).id);
});

describe("who may manage accounts", () => {
  it("refuses every role but admin, and the signed-out", async () => {
    const target = await makeUser("target", "reporter");
    const create = createUserFormSchema.parse({ username: name("refused"), displayName: "甲", role: "reporter", password: PASSWORD });
    const update = updateUserFormSchema.parse({ id: String(target.id), displayName: "乙", role: "chief", active: "on" });
    const reset = resetPasswordFormSchema.parse({ id: String(target.id), password: PASSWORD });
    for (const role of ["reporter", "editor", "chief"] as const) {
      const actor = as(role, target.id);
      await expect(createUserByAdmin(actor, create)).rejects.toSatisfy(isCode("forbidden"));
      await expect(updateUser(actor, update)).rejects.toSatisfy(isCode("forbidden"));
      await expect(resetPassword(actor, reset)).rejects.toSatisfy(isCode("forbidden"));
    }
    await expect(createUserByAdmin(null, create)).rejects.toSatisfy(isCode("unauthenticated"));
    await expect(updateUser(null, update)).rejects.toSatisfy(isCode("unauthenticated"));
    await expect(resetPassword(null, reset)).rejects.toSatisfy(isCode("unauthenticated"));
    // Nothing was written.
    expect(await db.user.findUnique({ where: { username: name("refused") } })).toBeNull();
    expect(await db.user.findUnique({ where: { id: target.id }, select: { displayName: true, role: true, passwordHash: true } })).toEqual({
      displayName: "target",
      role: "reporter",
      passwordHash: null,
    });
  });
});

describe("creating an account", () => {
  it("creates an editor with sections, an argon2id hash and an audit entry without the password", async () => {
    // As the form sends it: one checkbox per section.
    const input = createUserFormSchema.parse({
      username: name("editor"),
      displayName: "龙编辑",
      role: "editor",
      password: PASSWORD,
      "section-xianshi": "on",
      "section-zonghe": "on",
    });
    expect(input.sections.sort()).toEqual(["xianshi", "zonghe"]);
    const { id, revalidate } = await createUserByAdmin(admin, input, { ip: "10.0.0.9" });
    expect(revalidate).toEqual([]);

    const user = await db.user.findUniqueOrThrow({
      where: { id },
      select: { role: true, active: true, passwordHash: true, sections: { select: { section: { select: { slug: true } } } } },
    });
    expect(user.role).toBe("editor");
    expect(user.active).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(await verifyPassword(user.passwordHash!, "wrong-password-1")).toBe(false);
    expect(user.sections.map((s) => s.section.slug).sort()).toEqual(["xianshi", "zonghe"]);
    expect((await loadActor(id))?.sectionIds).toHaveLength(2);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", targetId: id } });
    expect(audit).toMatchObject({ userId: admin.id, targetType: "user", ip: "10.0.0.9" });
    expect(audit.detail).toContain(name("editor"));
    expect(audit.detail).not.toContain(PASSWORD);

    const listed = (await listUsers(admin)).find((u) => u.id === id);
    expect(listed).toMatchObject({ role: "editor", active: true, hasPassword: true, lastSignInAt: null });
    expect(listed?.sections.map((s) => s.slug).sort()).toEqual(["xianshi", "zonghe"]);
  });

  it("keeps sections only for editors", async () => {
    const input = createUserFormSchema.parse({ username: name("chief"), displayName: "总编", role: "chief", password: PASSWORD, sections: "xianshi" });
    const { id } = await createUserByAdmin(admin, input);
    expect(await db.userSection.count({ where: { userId: id } })).toBe(0);
  });

  it("refuses a weak password with the Chinese message", () => {
    const base = { username: name("weak"), displayName: "弱", role: "reporter" };
    expect(fieldErrorsOf(createUserFormSchema.safeParse({ ...base, password: "short1" }).error!).password).toBe("密码至少10位");
    expect(fieldErrorsOf(createUserFormSchema.safeParse({ ...base, password: "onlyletterspassword" }).error!).password).toBe("密码须同时包含字母和数字");
    expect(fieldErrorsOf(resetPasswordFormSchema.safeParse({ id: "1", password: "1234567890" }).error!).password).toBe("密码须同时包含字母和数字");
  });

  it("explains other bad input per field", () => {
    const errors = fieldErrorsOf(createUserFormSchema.safeParse({ username: "张三", displayName: "", role: "boss", password: PASSWORD, "section-中文": "on" }).error!);
    expect(errors.username).toMatch(/用户名须为/);
    expect(errors.displayName).toBe("请填写姓名");
    expect(errors.role).toMatch(/角色无效/);
    expect(errors.sections).toBe("栏目无效");
  });

  it("answers a duplicate username and an unknown section with field errors", async () => {
    const input = createUserFormSchema.parse({ username: name("dup"), displayName: "甲", role: "reporter", password: PASSWORD });
    await createUserByAdmin(admin, input);
    const error = await createUserByAdmin(admin, { ...input, displayName: "乙" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).fieldErrors.username).toBe(`用户名已存在：${name("dup")}`);

    const unknown = createUserFormSchema.parse({ username: name("nosec"), displayName: "丙", role: "editor", password: PASSWORD, sections: "no-such-section" });
    await expect(createUserByAdmin(admin, unknown)).rejects.toSatisfy((e) => e instanceof CommandError && /栏目不存在/.test(e.fieldErrors.sections));
    expect(await db.user.findUnique({ where: { username: name("nosec") } })).toBeNull();
  });
});

describe("changing an account", () => {
  it("renames, promotes, sets sections, and a deactivated account no longer loads as an actor", async () => {
    const { id } = await makeUser("reporter", "reporter");
    expect(await loadActor(id)).not.toBeNull();

    // Unticked checkboxes are simply absent from the form.
    const promote = updateUserFormSchema.parse({ id: String(id), displayName: "吴编辑", role: "editor", active: "on", "section-xianshi": "on" });
    expect(await updateUser(admin, promote)).toEqual({ revalidate: [], id });
    const actor = await loadActor(id);
    expect(actor).toMatchObject({ displayName: "吴编辑", role: "editor" });
    expect(actor?.sectionIds).toHaveLength(1);

    const deactivate = updateUserFormSchema.parse({ id: String(id), displayName: "吴编辑", role: "editor" });
    expect(deactivate.active).toBe(false);
    await updateUser(admin, deactivate);
    expect(await loadActor(id)).toBeNull();
    expect(await db.userSection.count({ where: { userId: id } })).toBe(0); // absent checkboxes: no sections

    const entries = await db.auditLog.findMany({ where: { action: "user.update", targetId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.detail)).toEqual([
      `${name("reporter")}：姓名 reporter→吴编辑；角色 记者/通讯员→编辑；栏目 县市`,
      `${name("reporter")}：栏目 无；停用`,
    ]);
  });

  it("refuses an unknown account", async () => {
    await expect(updateUser(admin, { id: 99_999_999, displayName: "无", role: "reporter", sections: [], active: true })).rejects.toSatisfy(isCode("not-found"));
    await expect(resetPassword(admin, { id: 99_999_999, password: PASSWORD })).rejects.toSatisfy(isCode("not-found"));
  });

  it("an admin cannot demote or deactivate themself", async () => {
    await makeUser("second-admin", "admin"); // so that the last-admin rule is not what refuses
    const self = { id: admin.id, displayName: "管理员", role: "chief" as const, sections: [], active: true };
    await expect(updateUser(admin, self)).rejects.toSatisfy((e) => e instanceof CommandError && e.fieldErrors.role === "不能修改自己的角色，请让另一位管理员操作");
    await expect(updateUser(admin, { ...self, role: "admin", active: false })).rejects.toSatisfy(
      (e) => e instanceof CommandError && e.fieldErrors.active === "不能停用自己的账号",
    );
    expect(await loadActor(admin.id)).toMatchObject({ role: "admin" });
    // Renaming themself is fine.
    await updateUser(admin, { ...self, role: "admin", displayName: "系统管理员" });
    expect((await loadActor(admin.id))?.displayName).toBe("系统管理员");
  });

  it("never demotes or deactivates the last active admin", async () => {
    const last = await makeUser("last-admin", "admin");
    // Leave `last` the only active admin for this test (other test files make admins too).
    const others = await db.user.findMany({ where: { role: "admin", active: true, id: { not: last.id } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      // `admin` acts with a stale session: their own account was just switched off, as by a concurrent change.
      const input = { id: last.id, displayName: "last-admin", role: "editor" as const, sections: [], active: true };
      await expect(updateUser(admin, input)).rejects.toSatisfy((e) => e instanceof CommandError && e.message === LAST_ADMIN_MESSAGE && !!e.fieldErrors.role);
      await expect(updateUser(admin, { ...input, role: "admin", active: false })).rejects.toSatisfy(
        (e) => e instanceof CommandError && e.message === LAST_ADMIN_MESSAGE && !!e.fieldErrors.active,
      );
      expect(await db.user.findUniqueOrThrow({ where: { id: last.id }, select: { role: true, active: true } })).toEqual({ role: "admin", active: true });
      expect(await db.auditLog.count({ where: { action: "user.update", targetId: last.id } })).toBe(0); // rolled back
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
    // With another active admin, demoting `last` is allowed.
    await updateUser(admin, { id: last.id, displayName: "last-admin", role: "chief", sections: [], active: true });
    expect((await loadActor(last.id))?.role).toBe("chief");
  });
});

describe("resetting a password", () => {
  it("stores a new argon2id hash and logs no password", async () => {
    const created = createUserFormSchema.parse({ username: name("reset"), displayName: "潘记者", role: "reporter", password: PASSWORD });
    const { id } = await createUserByAdmin(admin, created);
    const before = (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash!;

    const fresh = "Kaili2025spring";
    expect(await resetPassword(admin, resetPasswordFormSchema.parse({ id: String(id), password: fresh }))).toEqual({ revalidate: [], id });
    const after = (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash!;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after, fresh)).toBe(true);
    expect(await verifyPassword(after, PASSWORD)).toBe(false);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.reset-password", targetId: id } });
    expect(audit.detail).toBe(name("reset"));
    expect(await db.auditLog.count({ where: { OR: [{ detail: { contains: fresh } }, { detail: { contains: PASSWORD } }] } })).toBe(0);
  });
});
