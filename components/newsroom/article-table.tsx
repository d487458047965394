import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import type { NewsroomArticleRow } from "@/lib/data/newsroom/list-newsroom-articles";
import { NewsroomTable } from "./newsroom-table";
import { StatusBadge } from "./status-badge";
import { STATUS } from "@/lib/content/status";

export function ArticleTable({ rows }: { rows: NewsroomArticleRow[] }) {
  return (
    <NewsroomTable headings={["标题", "栏目", "状态", "作者", "更新时间"]} empty="没有符合条件的稿件" isEmpty={rows.length === 0}>
      {rows.map((r) => (
        <tr key={r.id}>
          <td className="px-3 py-2">
            <Link href={`/newsroom/articles/${r.id}`} className="font-medium hover:text-brand">
              {r.title}
            </Link>
          </td>
          <td className="px-3 py-2 whitespace-nowrap">{r.section}</td>
          <td className="px-3 py-2">
            <StatusBadge status={r.status} />
            {r.status === STATUS.scheduled && r.scheduledAt ? (
              <span className="ml-1 text-xs text-muted">
                <TimeText iso={r.scheduledAt} />
              </span>
            ) : null}
          </td>
          <td className="px-3 py-2 whitespace-nowrap">{r.author ?? "—"}</td>
          <td className="px-3 py-2 whitespace-nowrap text-muted">
            <TimeText iso={r.updatedAt} />
          </td>
        </tr>
      ))}
    </NewsroomTable>
  );
}
