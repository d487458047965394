import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import type { NewsroomMediaRow } from "@/lib/data/newsroom/list-newsroom-media";
import { formatDuration } from "@/lib/format/duration";
import { KIND_LABELS } from "@/lib/site/video-links";
import { NewsroomTable } from "./newsroom-table";
import { StatusBadge } from "./status-badge";

export function MediaTable({ rows }: { rows: NewsroomMediaRow[] }) {
  return (
    <NewsroomTable headings={["标题", "类型", "栏目", "状态", "时长", "更新时间"]} empty="还没有视听节目" isEmpty={rows.length === 0}>
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
    </NewsroomTable>
  );
}
