import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Every sign-in token carries the user's session version from the moment it
// was issued; raising the version ends all of that user's sessions at their
// next request (lib/auth/current-actor.ts compares the two). The reason is
// kept so the sign-in page can say why the editor was signed out.
export const SESSION_END_REASONS = {
  password: "您的密码已更改，请用新密码重新登录。",
  deactivated: "您的账号已被停用，请联系管理员。",
  role: "您的角色或负责栏目已变更，请重新登录。",
  "sign-out-all": "您已退出所有设备，请重新登录。",
} as const;

export type SessionEndReason = keyof typeof SESSION_END_REASONS;

export function isSessionEndReason(value: string | null | undefined): value is SessionEndReason {
  return !!value && Object.hasOwn(SESSION_END_REASONS, value);
}

/** Ends every existing session of the user (inside the caller's transaction when given one). */
export async function endSessions(userId: number, reason: SessionEndReason, tx: Prisma.TransactionClient = db) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 }, sessionEndedReason: reason } });
}
