import "server-only";
import { ROLES, type Role, isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/roles";
import { canManageSite } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/newsroom/errors";

/** One newsroom account as the 账号管理 page shows it. Plain data: it is passed to client forms. */
export type UserAdminView = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** False for accounts that cannot sign in until a password is set (the demo 责任编辑 names). */
  hasPassword: boolean;
  sections: { slug: string; name: string }[];
  /** ISO 8601 instants. */
  createdAt: string;
  lastSignInAt: string | null;
};

/** Every account, admins first, then by username; with the time of each one's last sign-in. Admins only. */
export async function listUsers(actor: Actor | null): Promise<UserAdminView[]> {
  if (!canManageSite(actor)) throw forbidden("管理账号");
  const [users, signIns] = await Promise.all([
    db.user.findMany({
      orderBy: { username: "asc" },
      select: {
        id: true,
        username: true,
        displayName: true,
        role: true,
        active: true,
        passwordHash: true,
        createdAt: true,
        sections: { select: { section: { select: { slug: true, name: true, position: true } } } },
      },
    }),
    // One pass over the sign-in entries (AuditLog has no index on action or userId).
    db.auditLog.groupBy({ by: ["userId"], where: { action: "sign-in" }, _max: { createdAt: true } }),
  ]);
  const lastSignIn = new Map(signIns.map((s) => [s.userId, s._max.createdAt]));
  const rank = (role: string) => (isRole(role) ? ROLES.indexOf(role) : ROLES.length);
  return users
    .sort((a, b) => rank(a.role) - rank(b.role) || a.username.localeCompare(b.username))
    .map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      // An unknown stored role cannot sign in (loadActor refuses it); shown as the least powerful.
      role: isRole(u.role) ? u.role : "reporter",
      active: u.active,
      hasPassword: !!u.passwordHash,
      sections: u.sections
        .map((s) => s.section)
        .sort((a, b) => a.position - b.position)
        .map(({ slug, name }) => ({ slug, name })),
      createdAt: u.createdAt.toISOString(),
      lastSignInAt: lastSignIn.get(u.id)?.toISOString() ?? null,
    }));
}
