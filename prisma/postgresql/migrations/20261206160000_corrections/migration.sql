-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "modifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticleCorrection" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "wrong" TEXT NOT NULL,
    "corrected" TEXT NOT NULL,
    "editorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleCorrection_articleId_createdAt_idx" ON "ArticleCorrection"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleCorrection_createdAt_idx" ON "ArticleCorrection"("createdAt");

-- AddForeignKey
ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The text last changed at the newest saved revision.
UPDATE "Article" SET "modifiedAt" = (SELECT MAX("createdAt") FROM "ArticleRevision" WHERE "ArticleRevision"."articleId" = "Article"."id");
