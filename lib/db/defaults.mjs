// Defaults shared by the app, the Prisma CLI wrapper and the scripts, so that
// every entry point opens the same database file when nothing is configured.
export const DEFAULT_DATABASE_URL = "file:./data/portal.db";
export const DEFAULT_MEDIA_DIR = "./data/media";
