-- Sessions that end: a per-user version copied into each sign-in token.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "sessionEndedReason" TEXT;
