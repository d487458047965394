import pg from "pg";

// @prisma/adapter-pg 6.19 cannot read columns of PostgreSQL's `name` type,
// which the migration engine's catalogue queries return (prisma/orm#27403:
// "Column type 'name' could not be deserialized"). `name` is text of at most
// 63 bytes, so the CLI's pool reports those columns as text. Only the Prisma
// CLI uses this pool; the app never reads the catalogue.
const NAME_OID = 19;
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] };

function asText<T>(result: T): T {
  for (const field of (result as Result)?.fields ?? []) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }) {
  const query = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const out = query(...args);
    return out instanceof Promise ? out.then(asText) : out;
  }) as typeof target.query;
}

export function migrationPool(connectionString: string): pg.Pool {
  // allowExitOnIdle: the CLI never ends the pool; without it an idle
  // connection held every `migrate deploy` open for pg's 10 s idle timeout
  // (scripts/lib/unref-long-timers.cjs mends the engine's own 10 s timer).
  const pool = new pg.Pool({ connectionString, max: 2, allowExitOnIdle: true });
  patchQuery(pool as never);
  pool.on("connect", (client) => patchQuery(client as never));
  return pool;
}
