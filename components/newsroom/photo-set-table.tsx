import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import type { NewsroomPhotoSetRow } from "@/lib/data/newsroom/list-newsroom-photo-sets";
import { StatusBadge } from "./status-badge";

export function PhotoSetTable({ rows }: { rows: NewsroomPhotoSetRow[] }) {
  if (rows.length === 0) return <p className="py-10 text-center text-muted">还没有图集</p>;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-sm">
        <thead className="bg-neutral-100 text-left">
          <tr>
            <th className="px-3 py-2">标题</th>
            <th className="px-3 py-2">栏目</th>
            <th className="px-3 py-2">状态</th>
            <th className="px-3 py-2">图片</th>
            <th className="px-3 py-2">更新时间</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2">
                <Link href={`/newsroom/photos/${r.id}`} className="font-medium hover:text-brand">
                  {r.title}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{r.section}</td>
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{r.photoCount}张</td>
              <td className="px-3 py-2 whitespace-nowrap text-muted">
                <TimeText iso={r.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
