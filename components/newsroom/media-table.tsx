import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import type { NewsroomMediaRow } from "@/lib/data/newsroom/list-newsroom-media";
import { formatDuration } from "@/lib/format/duration";
import { KIND_LABELS } from "@/lib/site/video-links";
import { StatusBadge } from "./status-badge";

export function MediaTable({ rows }: { rows: NewsroomMediaRow[] }) {
  if (rows.length === 0) return <p className="py-10 text-center text-muted">还没有视听节目</p>;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-sm">
        <thead className="bg-neutral-100 text-left">
          <tr>
            <th className="px-3 py-2">标题</th>
            <th className="px-3 py-2">类型</th>
            <th className="px-3 py-2">栏目</th>
            <th className="px-3 py-2">状态</th>
            <th className="px-3 py-2">时长</th>
            <th className="px-3 py-2">更新时间</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2">
                <Link href={`/newsroom/video/${r.id}`} className="font-medium hover:text-brand">
                  {r.title}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{KIND_LABELS[r.kind]}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.section}</td>
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{r.hasFile ? formatDuration(r.durationSeconds) : <span className="text-brand">未上传文件</span>}</td>
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
