-- Sessions that end: a per-user version copied into each sign-in token (the SQLite migration 20261206120000_session_version, ported)
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "sessionEndedReason" TEXT;
