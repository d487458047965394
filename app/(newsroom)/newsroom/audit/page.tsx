import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { TimeText } from "@/components/ui/time-text";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageSite } from "@/lib/auth/permissions";
import { listAuditLog } from "@/lib/data/newsroom/list-audit-log";
import { auditActionLabel } from "@/lib/newsroom/audit-labels";
import { parsePageNumber } from "@/lib/site/params";

export const metadata: Metadata = { title: "操作日志" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor();
  // Only admins; to everyone else the page does not exist.
  if (!canManageSite(actor)) notFound();
  const page = parsePageNumber((await searchParams).page ?? "1") ?? 1;
  const log = await listAuditLog(actor, page);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">操作日志（{log.total}）</h1>
      <div className="overflow-x-auto rounded border border-line bg-white">
        <table className="w-full text-sm">
          <thead className="bg-neutral-100 text-left">
            <tr>
              <th className="px-3 py-2">时间</th>
              <th className="px-3 py-2">操作人</th>
              <th className="px-3 py-2">操作</th>
              <th className="px-3 py-2">对象</th>
              <th className="px-3 py-2">地址</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {log.items.map((e) => (
              <tr key={e.id}>
                <td className="px-3 py-2 whitespace-nowrap">
                  <TimeText iso={e.createdAt} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{e.user}</td>
                <td className="px-3 py-2 whitespace-nowrap">{auditActionLabel(e.action)}</td>
                <td className="px-3 py-2">
                  {e.targetType === "article" && e.targetId ? (
                    <Link href={`/newsroom/articles/${e.targetId}`} className="hover:text-brand">
                      {e.detail || `稿件 #${e.targetId}`}
                    </Link>
                  ) : (
                    e.detail
                  )}
                </td>
                <td className="px-3 py-2 text-muted">{e.ip}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={log.pageCount} href={(n) => (n > 1 ? `/newsroom/audit?page=${n}` : "/newsroom/audit")} />
    </>
  );
}
