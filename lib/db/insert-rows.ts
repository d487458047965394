import "server-only";
import { db, dbProvider } from "./client";

// Bulk writes (the benchmark's seeder, rebuilding the search index) as
// multi-row INSERT statements. Prisma's createMany spends seconds per
// thousand rows building its query; the database needs milliseconds.

/** SQLite allows 32,766 parameters per statement, PostgreSQL 65,535; stay well below both. */
const MAX_PARAMS = 20_000;

export type Cell = string | number | boolean | Date | null;

/** The n-th bound parameter (from 0) in this database's syntax. */
const placeholder = dbProvider === "postgresql" ? (n: number) => `$${n + 1}` : () => "?";

/**
 * INSERT statements for rows that all have the same columns, to run inside
 * `db.$transaction([...])`. Table and column names come from code, never
 * from input; values are bound parameters.
 */
export function insertRows(table: string, rows: Record<string, Cell>[]) {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const statements = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const tuples = chunk.map((_, r) => `(${columns.map((__, c) => placeholder(r * columns.length + c)).join(", ")})`);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
    statements.push(db.$executeRawUnsafe(sql, ...chunk.flatMap((r) => columns.map((c) => r[c]))));
  }
  return statements;
}

/**
 * After rows were inserted with explicit ids: PostgreSQL's id sequence does
 * not see them and would hand out those ids again. (SQLite takes the next id
 * from the table itself.)
 */
export async function syncIdSequence(table: string) {
  if (dbProvider !== "postgresql") return;
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max("id"), 0) + 1 FROM "${table}"), false)`);
}
