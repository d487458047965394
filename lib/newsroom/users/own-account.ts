import "server-only";
import { checkLoginThrottle, recordLoginAttempt, throttleKeys, waitMessage } from "@/lib/auth/login-throttle";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-end";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/roles";
import type { ChangeOwnPasswordInput } from "@/lib/validation/user-admin";
import { recordAudit } from "../audit";
import { CommandError, notSignedIn } from "../errors";

/** 退出所有设备: ends every session of the signed-in user, this one included. */
export async function signOutEverywhere(actor: Actor | null, context: { ip?: string } = {}) {
  if (!actor) throw notSignedIn();
  await endSessions(actor.id, "sign-out-all");
  await recordAudit({ userId: actor.id, action: "user.sign-out-all", targetType: "user", targetId: actor.id, ip: context.ip });
  return { revalidate: [] as string[], id: actor.id };
}

export const WRONG_CURRENT_PASSWORD = "当前密码不正确";

/**
 * 修改密码: the signed-in user sets a new password, proving the current one
 * first. Every session of the account ends (a thief holding an old cookie is
 * out at their next request); the caller re-issues this device's token with
 * the returned session version, so the user who changed it stays signed in.
 * Wrong current passwords count as failed sign-ins: a stolen session cannot
 * be used to guess the password faster than the sign-in page allows.
 */
export async function changeOwnPassword(actor: Actor | null, input: ChangeOwnPasswordInput, context: { ip?: string } = {}) {
  if (!actor) throw notSignedIn();
  const keys = throttleKeys(actor.username, context.ip ?? "");
  const verdict = await checkLoginThrottle(keys);
  if (!verdict.allowed) throw new CommandError("invalid", waitMessage(verdict.retryAfterSeconds), {});
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  const ok = !!user?.passwordHash && (await verifyPassword(user.passwordHash, input.currentPassword));
  await recordLoginAttempt(keys, ok);
  if (!ok) throw new CommandError("invalid", WRONG_CURRENT_PASSWORD, { currentPassword: WRONG_CURRENT_PASSWORD });

  // Hashed before the transaction: SQLite's write lock is not held for the hash.
  const passwordHash = await hashPassword(input.password);
  const sessionVersion = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await endSessions(actor.id, "password", tx);
    await recordAudit({ userId: actor.id, action: "user.change-password", targetType: "user", targetId: actor.id, detail: actor.username, ip: context.ip }, tx);
    const row = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
    return row.sessionVersion;
  });
  return { revalidate: [] as string[], id: actor.id, sessionVersion };
}

/**
 * `npm run user:password`: a new password for an account, set from the
 * server's shell (the admin who lost theirs). Ends the account's sessions
 * like any other password change. Throws a plain Chinese message on an
 * unknown user or a weak password.
 */
export async function setPasswordFromShell(username: string, password: string) {
  const problem = passwordProblem(password);
  if (problem) throw new Error(`密码不合要求：${problem}`);
  const user = await db.user.findUnique({ where: { username: username.trim() }, select: { id: true, username: true } });
  if (!user) throw new Error(`账号不存在：${username}`);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endSessions(user.id, "password", tx);
    await recordAudit({ userId: null, action: "user.reset-password", targetType: "user", targetId: user.id, detail: `${user.username}（命令行）` }, tx);
  });
  return user;
}
