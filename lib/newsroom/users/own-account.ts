import "server-only";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-end";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "../audit";
import { notSignedIn } from "../errors";

/** 退出所有设备: ends every session of the signed-in user, this one included. */
export async function signOutEverywhere(actor: Actor | null, context: { ip?: string } = {}) {
  if (!actor) throw notSignedIn();
  await endSessions(actor.id, "sign-out-all");
  await recordAudit({ userId: actor.id, action: "user.sign-out-all", targetType: "user", targetId: actor.id, ip: context.ip });
  return { revalidate: [] as string[], id: actor.id };
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
