import "server-only";
import { db } from "@/lib/db/client";
import { pageCountOf, pageWindowOf } from "@/lib/data/paginate";
import type { Actor } from "@/lib/auth/roles";
import { canManageSite } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/newsroom/errors";

export const AUDIT_PAGE_SIZE = 100;

/** 操作日志, newest first. Admins only. */
export async function listAuditLog(actor: Actor | null, page: number) {
  if (!canManageSite(actor)) throw forbidden("查看操作日志");
  const [total, rows] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({
      orderBy: { id: "desc" },
      ...pageWindowOf(page, AUDIT_PAGE_SIZE),
      select: { id: true, action: true, targetType: true, targetId: true, detail: true, ip: true, createdAt: true, user: { select: { displayName: true } } },
    }),
  ]);
  return {
    total,
    pageCount: pageCountOf(total, AUDIT_PAGE_SIZE),
    items: rows.map((r) => ({ ...r, user: r.user?.displayName ?? "系统", createdAt: r.createdAt.toISOString() })),
  };
}
