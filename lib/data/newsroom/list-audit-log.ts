import "server-only";
import { db } from "@/lib/db/client";

export const AUDIT_PAGE_SIZE = 100;

/** 操作日志, newest first. */
export async function listAuditLog(page: number) {
  const [total, rows] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, targetType: true, targetId: true, detail: true, ip: true, createdAt: true, user: { select: { displayName: true } } },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    items: rows.map((r) => ({ ...r, user: r.user?.displayName ?? "系统", createdAt: r.createdAt.toISOString() })),
  };
}
