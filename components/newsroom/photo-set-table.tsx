import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import type { NewsroomPhotoSetRow } from "@/lib/data/newsroom/list-newsroom-photo-sets";
import { NewsroomTable } from "./newsroom-table";
import { StatusBadge } from "./status-badge";

export function PhotoSetTable({ rows }: { rows: NewsroomPhotoSetRow[] }) {
  return (
    <NewsroomTable headings={["标题", "栏目", "状态", "图片", "更新时间"]} empty="还没有图集" isEmpty={rows.length === 0}>
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
    </NewsroomTable>
  );
}
