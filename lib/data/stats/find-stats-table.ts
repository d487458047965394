import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { canReadSearchMisses, readershipScope } from "@/lib/auth/permissions";
import type { StatsRange } from "@/lib/views/stats-range";
import type { StatsTable } from "@/lib/views/stats-table";
import { findReadershipOverview } from "./get-readership-overview";
import { findItemReadership } from "./get-item-readership";

/** One table of the stats page or of an item's stats, as the page shows it (for the CSV export); null when not allowed or unknown. */
export async function findStatsTable(actor: Actor | null, request: { table: string; range: StatsRange; item: string | null }): Promise<StatsTable | null> {
  const scope = readershipScope(actor);
  if (!scope) return null;
  if (request.item) {
    const [kind, id] = request.item.split(":");
    const stats = kind === "article" && /^\d{1,9}$/.test(id ?? "") ? await findItemReadership(actor!, Number(id)) : null;
    return stats?.tables.find((t) => t.id === request.table) ?? null;
  }
  const overview = await findReadershipOverview(scope, request.range, { searchMisses: canReadSearchMisses(actor) });
  return overview.tables.find((t) => t.id === request.table) ?? null;
}
