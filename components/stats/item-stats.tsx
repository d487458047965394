import type { ItemReadership } from "@/lib/views/stats-types";
import { formatCount } from "@/lib/format/number";
import { StatsBlock } from "./stats-block";


/** An article's 数据 on its newsroom page: totals, push effect, and the charts with their tables. */
export function ItemStats({ stats, itemKey }: { stats: ItemReadership; itemKey: string }) {
  return (
    <section aria-labelledby="item-stats-heading" className="mt-8 space-y-4">
      <h2 id="item-stats-heading" className="text-xl font-bold">
        数据
      </h2>
      <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4">
        <div className="rounded border border-line bg-white p-3">
          <dt className="text-muted">浏览</dt>
          <dd className="text-xl font-bold tabular-nums">{formatCount(stats.views)}</dd>
        </div>
        <div className="rounded border border-line bg-white p-3">
          <dt className="text-muted">读者（按小时去重）</dt>
          <dd className="text-xl font-bold tabular-nums">{formatCount(stats.uniques)}</dd>
        </div>
        <div className="rounded border border-line bg-white p-3">
          <dt className="text-muted">平均阅读时长</dt>
          <dd className="text-xl font-bold tabular-nums">{stats.avgEngagedSeconds} 秒</dd>
        </div>
        <div className="rounded border border-line bg-white p-3">
          <dt className="text-muted">推送效果</dt>
          <dd>
            {stats.push
              ? `${stats.push.pushedAt} 推送，送达 ${stats.push.sent}，打开 ${stats.push.opens}（${stats.push.openRate}）；推送前一小时 ${stats.push.viewsHourBefore} 次浏览，后一小时 ${stats.push.viewsHourAfter} 次`
              : "未推送"}
          </dd>
        </div>
      </dl>
      {stats.tables.map((table) => (
        <StatsBlock key={table.id} table={table} csvHref={`/newsroom/stats/export?item=${itemKey}&table=${table.id}`} />
      ))}
    </section>
  );
}
