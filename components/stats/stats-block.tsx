import type { StatsTable } from "@/lib/views/stats-table";
import { StatsChart } from "./stats-chart";

/**
 * One block of 数据: the chart, and beside it the same numbers as a table
 * (readable by screen readers, copyable) with its CSV export.
 */
export function StatsBlock({ table, csvHref, links }: { table: StatsTable; csvHref: string; links?: ({ href: string } | null)[] }) {
  const headingId = `stats-${table.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-line bg-white p-4" data-stats-table={table.id}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold">
          {table.title}
        </h2>
        <a href={csvHref} className="text-sm text-brand underline" download>
          导出 CSV
        </a>
      </div>
      <div className={table.chart === "none" ? "" : "grid grid-cols-1 gap-4 lg:grid-cols-2"}>
        <StatsChart table={table} />
        {/* Focusable, so the table scrolls from the keyboard too. */}
        <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={`${table.title}（表格）`}>
          {table.rows.length === 0 ? (
            <p className="text-sm text-muted">这段时间没有数据。</p>
          ) : (
            <table className="w-full text-sm">
              <thead className="sticky top-0 bg-white">
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={c} scope="col" className={`border-b border-line px-2 py-1 ${i === 0 || typeof table.rows[0]?.[i] === "string" ? "text-left" : "text-right"}`}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r} className="border-b border-line/50">
                    {row.map((cell, i) => (
                      <td key={i} className={`px-2 py-1 ${typeof cell === "number" ? "text-right tabular-nums" : ""}`}>
                        {links?.[r] && table.columns[i] === "标题" ? (
                          <a href={links[r]!.href} className="hover:text-brand hover:underline">
                            {cell}
                          </a>
                        ) : (
                          cell
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
