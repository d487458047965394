import { getCurrentActor } from "@/lib/auth/current-actor";
import { findStatsTable } from "@/lib/data/stats/find-stats-table";
import { parseStatsRange } from "@/lib/views/stats-range";
import { tableToCsv } from "@/lib/views/stats-table";

// CSV of any table on /newsroom/stats (or an article's 数据), built from the
// same read as the page, so the file equals the table on screen.
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("请先登录编辑部", { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const table = await findStatsTable(actor, { table: params.table ?? "", range: parseStatsRange(params), item: params.item ?? null });
  if (!table) return new Response("没有这张表，或您无权查看", { status: 404 });
  const name = `${params.item ? params.item.replace(":", "-") + "-" : ""}${table.id}.csv`;
  return new Response(tableToCsv(table), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
}
