// Which database a DATABASE_URL names. The scheme alone decides: `file:` is
// SQLite (the embedded default), `postgres://` or `postgresql://` is
// PostgreSQL. Shared by the app, the Prisma CLI's config and the scripts.

/** @param {string} url @returns {"sqlite" | "postgresql" | null} */
export function databaseProvider(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

/** Where each database's schema and migration history live. */
export const PRISMA_PATHS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};
