-- AlterTable
ALTER TABLE "Article" ADD COLUMN "modifiedAt" DATETIME;

-- CreateTable
CREATE TABLE "ArticleCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "wrong" TEXT NOT NULL,
    "corrected" TEXT NOT NULL,
    "editorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleCorrection_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleCorrection_articleId_createdAt_idx" ON "ArticleCorrection"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleCorrection_createdAt_idx" ON "ArticleCorrection"("createdAt");


-- The text last changed at the newest saved revision.
UPDATE "Article" SET "modifiedAt" = (SELECT MAX("createdAt") FROM "ArticleRevision" WHERE "ArticleRevision"."articleId" = "Article"."id");
