import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaConfig } from "prisma";
import { DEFAULT_DATABASE_URL } from "./lib/db/defaults.mjs";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
process.env.DATABASE_URL = url;
// better-sqlite3 creates the file but not its folder.
if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });

// The CLI migrates through the adapter and the bundled WebAssembly schema
// engine (`engine: "js"`): no native engine has to be downloaded.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
} satisfies PrismaConfig;
