import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";
import { DEFAULT_DATABASE_URL } from "./lib/db/defaults.mjs";
import { migrationPool } from "./lib/db/pg-migration-pool";
import { databaseProvider, PRISMA_PATHS } from "./lib/db/provider.mjs";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
process.env.DATABASE_URL = url;
// The URL's scheme picks the schema, the migration history and the adapter.
const provider = databaseProvider(url);
if (!provider) throw new Error(`DATABASE_URL 只支持 file:（SQLite）或 postgresql://（PostgreSQL）地址`);
// better-sqlite3 creates the file but not its folder.
if (provider === "sqlite") mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });

// The CLI migrates through the adapter and the bundled WebAssembly schema
// engine (`engine: "js"`): no native engine has to be downloaded.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: PRISMA_PATHS[provider].schema,
  migrations: { path: PRISMA_PATHS[provider].migrations },
  adapter: async () => (provider === "sqlite" ? new PrismaBetterSQLite3({ url }) : new PrismaPg(migrationPool(url))),
} satisfies PrismaConfig;
