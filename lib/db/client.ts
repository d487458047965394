import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { env } from "@/lib/env";
import { databaseProvider } from "./provider.mjs";

// One build serves either database, chosen when the process starts by
// DATABASE_URL's scheme. Prisma generates one client per provider (the
// schemas differ only in their datasource); both have the same models, so the
// PostgreSQL client is used through the SQLite client's type and the rest of
// the code never asks which one it has. Raw SQL that differs (search, bulk
// inserts) asks `dbProvider` instead.

/** A statement running longer than this is cancelled: a stuck query must not hold a connection for ever. */
const STATEMENT_TIMEOUT_MS = 15_000;

export const dbProvider = databaseProvider(env.DATABASE_URL)!;

export function pgPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    // DATABASE_POOL_SIZE, default 5: about twice the cores of a 2-core machine, PostgreSQL's own rule of thumb.
    max: env.DATABASE_POOL_SIZE,
    // A request waits at most this long for a connection when the database is away, then fails cleanly.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  // An idle connection the server dropped (restart, network) is removed by
  // the pool; without a listener the error would end the process.
  pool.on("error", (e) => console.error(`数据库连接已断开: ${e.message}`));
  return pool;
}

// One client (one pool) per process, kept on globalThis: Next bundles the
// app's routes and instrumentation.ts (the scheduler, the beacon fast path)
// separately, each with its own copy of this module, and in development it
// reloads modules on every change; neither should open more connections.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** A client for `url` (the app has one, for DATABASE_URL; tests make others). */
export function createPrismaClient(url: string): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    return new PgPrismaClient({ adapter: new PrismaPg(pgPool(url), { disposeExternalPool: true }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export const db = (globalForPrisma.prisma ??= createPrismaClient(env.DATABASE_URL));
