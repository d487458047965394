import "server-only";
import { db } from "./client";

// Bulk writes (the benchmark's seeder, rebuilding the search index) as
// multi-row INSERT statements. Prisma's createMany spends seconds per
// thousand rows building its query; the database needs milliseconds.

/** SQLite allows 32,766 parameters per statement; stay well below. */
const MAX_PARAMS = 20_000;

export type Cell = string | number | boolean | Date | null;

/**
 * INSERT statements for rows that all have the same columns, to run inside
 * `db.$transaction([...])`. Table and column names come from code, never
 * from input; values are bound parameters.
 */
export function insertRows(table: string, rows: Record<string, Cell>[]) {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statements = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`;
    statements.push(db.$executeRawUnsafe(sql, ...chunk.flatMap((r) => columns.map((c) => r[c]))));
  }
  return statements;
}
