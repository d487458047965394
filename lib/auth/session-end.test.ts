import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type SessionClaims, sessionStateOf } from "@/lib/auth/current-actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { resetPassword, updateUser } from "@/lib/newsroom/users/manage-users";
import { changeOwnPassword, setPasswordFromShell, signOutEverywhere } from "@/lib/newsroom/users/own-account";
import { changeOwnPasswordFormSchema, resetPasswordFormSchema, updateUserFormSchema } from "@/lib/validation/user-admin";

// A stolen cookie stops working at its next request once the user's
// sessions are ended: the token's session version no longer matches.
const run = Date.now().toString(36);
let admin: Actor;
let n = 0;

/** A user and the claims of a token issued to them now. */
async function signedIn(role = "editor", sections: string[] = ["xianshi"]) {
  const found = await db.section.findMany({ where: { slug: { in: sections } }, select: { id: true } });
  const user = await db.user.create({
    data: { username: `se-${run}-${n++}`, displayName: "杨编辑", role, sections: { create: found.map((s) => ({ sectionId: s.id })) } },
    select: { id: true, username: true, sessionVersion: true },
  });
  const claims: SessionClaims = { id: user.id, sv: user.sessionVersion };
  return { ...user, claims };
}

const editorForm = (id: number, patch: Record<string, string> = {}) =>
  updateUserFormSchema.parse({ id: String(id), displayName: "杨编辑", role: "editor", "section-xianshi": "on", active: "on", ...patch });

beforeAll(async () => {
  await seedSiteDefaults();
  const row = await db.user.create({ data: { username: `se-admin-${run}`, displayName: "管理员", role: "admin" }, select: { id: true } });
  admin = { id: row.id, username: `se-admin-${run}`, displayName: "管理员", role: "admin", sectionIds: [] };
});

describe("sessions that end", () => {
  it("a fresh token is signed in; a token without a version (issued before versions existed) is not", async () => {
    const user = await signedIn();
    expect(await sessionStateOf(user.claims)).toMatchObject({ kind: "signed-in", actor: { id: user.id } });
    expect((await sessionStateOf({ id: user.id })).kind).toBe("ended");
    expect(await sessionStateOf(undefined)).toEqual({ kind: "signed-out" });
  });

  it("an admin's password reset ends the user's sessions, and the sign-in page can say why", async () => {
    const user = await signedIn();
    await resetPassword(admin, resetPasswordFormSchema.parse({ id: String(user.id), password: "Xinmima2026abc" }));
    expect(await sessionStateOf(user.claims)).toEqual({ kind: "ended", message: "您的密码已更改，请用新密码重新登录。" });
  });

  it("deactivation, a new role and new sections end them; a new display name does not", async () => {
    const renamed = await signedIn();
    await updateUser(admin, editorForm(renamed.id, { displayName: "杨大编辑" }));
    expect((await sessionStateOf(renamed.claims)).kind).toBe("signed-in");

    const deactivated = await signedIn();
    await updateUser(admin, editorForm(deactivated.id, { active: "" }));
    expect(await sessionStateOf(deactivated.claims)).toEqual({ kind: "ended", message: "您的账号已被停用，请联系管理员。" });

    const promoted = await signedIn();
    await updateUser(admin, editorForm(promoted.id, { role: "chief" }));
    expect(await sessionStateOf(promoted.claims)).toEqual({ kind: "ended", message: "您的角色或负责栏目已变更，请重新登录。" });

    const moved = await signedIn();
    await updateUser(admin, editorForm(moved.id, { "section-xianshi": "", "section-zonghe": "on" }));
    expect((await sessionStateOf(moved.claims)).kind).toBe("ended");
  });

  it("退出所有设备 ends every session of that user only; a new sign-in works again", async () => {
    const user = await signedIn();
    const other = await signedIn();
    const actor = (await sessionStateOf(user.claims)) as { actor: Actor };
    await signOutEverywhere(actor.actor);
    expect(await sessionStateOf(user.claims)).toEqual({ kind: "ended", message: "您已退出所有设备，请重新登录。" });
    expect((await sessionStateOf(other.claims)).kind).toBe("signed-in");
    const now = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect((await sessionStateOf({ id: user.id, sv: now.sessionVersion })).kind).toBe("signed-in");
    await expect(signOutEverywhere(null)).rejects.toThrow("请先登录编辑部");
  });

  it("the shell's password command sets the password and ends the sessions; refuses unknown users and weak passwords", async () => {
    const user = await signedIn();
    await setPasswordFromShell(user.username, "Mimazhonglai2026");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash!, "Mimazhonglai2026")).toBe(true);
    expect((await sessionStateOf(user.claims)).kind).toBe("ended");
    await expect(setPasswordFromShell("nobody-at-all", "Mimazhonglai2026")).rejects.toThrow("账号不存在：nobody-at-all");
    await expect(setPasswordFromShell(user.username, "short1")).rejects.toThrow("密码不合要求：密码至少10位");
  });

  it("修改密码: needs the current password, keeps the strength rule, ends the other sessions and is audited", async () => {
    const user = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("Jiumima2026abc") } });
    const actor = ((await sessionStateOf(user.claims)) as { actor: Actor }).actor;
    const form = (patch: Record<string, string>) => changeOwnPasswordFormSchema.safeParse({ currentPassword: "Jiumima2026abc", password: "Xinmima2026xyz", passwordAgain: "Xinmima2026xyz", ...patch });

    // The form's rules: strength as everywhere, the two entries equal, not the old one again.
    expect(form({ password: "short1", passwordAgain: "short1" }).error?.issues[0].message).toBe("密码至少10位");
    expect(form({ passwordAgain: "Xinmima2026xy" }).error?.issues[0]).toMatchObject({ path: ["passwordAgain"], message: "两次填写的新密码不一致" });
    expect(form({ password: "Jiumima2026abc", passwordAgain: "Jiumima2026abc" }).error?.issues[0].message).toBe("新密码不能与当前密码相同");

    // A wrong current password changes nothing and counts as a failed sign-in.
    const ip = `198.51.100.${Date.now() % 250}`;
    await expect(changeOwnPassword(actor, form({ currentPassword: "Cuowumima2026" }).data!, { ip })).rejects.toThrow("当前密码不正确");
    expect((await sessionStateOf(user.claims)).kind).toBe("signed-in");
    expect(await db.loginAttempt.count({ where: { key: `user:${user.username}`, success: false } })).toBe(1);
    await expect(changeOwnPassword(null, form({}).data!)).rejects.toThrow("请先登录编辑部");

    const outcome = await changeOwnPassword(actor, form({}).data!, { ip });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(row.passwordHash!, "Xinmima2026xyz")).toBe(true);
    expect(await verifyPassword(row.passwordHash!, "Jiumima2026abc")).toBe(false);
    // Every token issued before is refused; a token of the returned version (this device's, re-issued) is signed in.
    expect(await sessionStateOf(user.claims)).toEqual({ kind: "ended", message: "您的密码已更改，请用新密码重新登录。" });
    expect(outcome.sessionVersion).toBe(row.sessionVersion);
    expect((await sessionStateOf({ id: user.id, sv: outcome.sessionVersion })).kind).toBe("signed-in");
    const audit = await db.auditLog.findFirst({ where: { action: "user.change-password", targetId: user.id }, select: { userId: true, ip: true } });
    expect(audit).toEqual({ userId: user.id, ip });
  });

  it("修改密码 after repeated wrong current passwords waits like the sign-in page", async () => {
    const user = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("Jiumima2026abc") } });
    const actor = ((await sessionStateOf(user.claims)) as { actor: Actor }).actor;
    const wrong = changeOwnPasswordFormSchema.parse({ currentPassword: "Cuowumima2026", password: "Xinmima2026xyz", passwordAgain: "Xinmima2026xyz" });
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(actor, wrong, { ip: "192.0.2.77" })).rejects.toThrow("当前密码不正确");
    const right = changeOwnPasswordFormSchema.parse({ currentPassword: "Jiumima2026abc", password: "Xinmima2026xyz", passwordAgain: "Xinmima2026xyz" });
    await expect(changeOwnPassword(actor, right, { ip: "192.0.2.78" })).rejects.toThrow(/请.*后再试/);
    expect((await sessionStateOf(user.claims)).kind).toBe("signed-in");
  });

  it("npm run user:password exits non-zero with a clear message on an unknown user or a weak password", () => {
    const script = (args: string[], password: string) =>
      spawnSync(process.execPath, [path.join("scripts", "run-ts.mjs"), "scripts/user-password.ts", ...args], {
        env: { ...process.env, NEWSROOM_PASSWORD: password },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    const unknown = script(["--username", "nobody-at-all"], "Mimazhonglai2026");
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("账号不存在：nobody-at-all");
    const missing = script([], "Mimazhonglai2026");
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain("用法");
  });
});
