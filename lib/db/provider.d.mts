export type DatabaseProvider = "sqlite" | "postgresql";
export function databaseProvider(url: string): DatabaseProvider | null;
export const PRISMA_PATHS: Record<DatabaseProvider, { schema: string; migrations: string }>;
