import type { Metadata } from "next";
import Link from "next/link";
import { LivePanel } from "@/components/stats/live-panel";
import { StatsBlock } from "@/components/stats/stats-block";
import { requireActor } from "@/lib/auth/current-actor";
import { canReadSearchMisses, readershipScope } from "@/lib/auth/permissions";
import { findLiveReadership } from "@/lib/data/stats/get-live-readership";
import { findReadershipOverview } from "@/lib/data/stats/get-readership-overview";
import { formatCount } from "@/lib/format/number";
import { parseStatsRange, RANGE_KEYS, RANGE_LABELS, rangeQuery, todayLabel } from "@/lib/views/stats-range";
import { dayLabel } from "@/lib/views/time-buckets";

export const metadata: Metadata = { title: "数据" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 数据: what readers read, now and over a range, in the signed-in user's scope. */
export default async function StatsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const scope = readershipScope(actor)!;
  const range = parseStatsRange(await searchParams);
  const [live, overview] = await Promise.all([findLiveReadership(scope), findReadershipOverview(scope, range, { searchMisses: canReadSearchMisses(actor) })]);
  const query = rangeQuery(range);
  const { totals } = overview;
  const today = todayLabel();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">数据</h1>
        <p className="text-sm text-muted">{scope.all ? "全站" : actor.role === "editor" ? "您负责的栏目与您的稿件" : "您的稿件"}</p>
      </div>
      <LivePanel initial={live} endpoint="/newsroom/api/stats/live" />

      <nav aria-label="时间范围" className="flex flex-wrap items-center gap-2">
        {RANGE_KEYS.filter((k) => k !== "custom").map((k) => (
          <Link
            key={k}
            href={`/newsroom/stats?range=${k}`}
            aria-current={range.key === k ? "page" : undefined}
            className={`flex min-h-11 items-center rounded border px-3 ${range.key === k ? "border-brand bg-brand text-white" : "border-line bg-white"}`}
          >
            {RANGE_LABELS[k]}
          </Link>
        ))}
        <form action="/newsroom/stats" className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="range" value="custom" />
          <label className="text-sm">
            从 <input type="date" name="from" max={today} defaultValue={dayLabel(range.from)} className="min-h-11 rounded border border-line px-2" />
          </label>
          <label className="text-sm">
            到 <input type="date" name="to" max={today} defaultValue={dayLabel(range.to)} className="min-h-11 rounded border border-line px-2" />
          </label>
          <button type="submit" className={`min-h-11 rounded border px-3 ${range.key === "custom" ? "border-brand bg-brand text-white" : "border-line bg-white"}`}>
            {RANGE_LABELS.custom}
          </button>
        </form>
      </nav>

      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Figure label="浏览" value={formatCount(totals.views)} note={`上一周期 ${formatCount(totals.previousViews)}`} />
        <Figure label="读者（按小时去重）" value={formatCount(totals.uniques)} note={`上一周期 ${formatCount(totals.previousUniques)}`} />
        <Figure label="平均阅读时长" value={`${totals.avgEngagedSeconds} 秒`} note="每次浏览，页面可见且有操作的时间" />
        <Figure label="APP 占比" value={totals.appShare} note="在已安装的 APP 中打开" />
      </dl>
      <p className="text-sm text-muted">
        {dayLabel(range.from)} 至 {dayLabel(range.to)}，对比 {dayLabel(range.previousFrom)} 至 {dayLabel(range.previousTo)}
      </p>

      {overview.tables.map((table) => (
        <StatsBlock key={table.id} table={table} csvHref={`/newsroom/stats/export?table=${table.id}&${query}`} links={table.id === "top" ? overview.topLinks : undefined} />
      ))}
    </div>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="rounded border border-line bg-white p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
      <dd className="text-xs text-muted">{note}</dd>
    </div>
  );
}
