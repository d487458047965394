-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PhotoSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "sectionId" INTEGER NOT NULL,
    "coverImageId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "editorId" INTEGER,
    "authorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PhotoSet_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PhotoSet_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PhotoSet_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PhotoSet" ("coverImageId", "createdAt", "editorId", "id", "publishedAt", "sectionId", "status", "summary", "title", "updatedAt", "viewCount") SELECT "coverImageId", "createdAt", "editorId", "id", "publishedAt", "sectionId", "status", "summary", "title", "updatedAt", "viewCount" FROM "PhotoSet";
DROP TABLE "PhotoSet";
ALTER TABLE "new_PhotoSet" RENAME TO "PhotoSet";
CREATE INDEX "PhotoSet_status_publishedAt_id_idx" ON "PhotoSet"("status", "publishedAt", "id");
CREATE INDEX "PhotoSet_sectionId_status_publishedAt_id_idx" ON "PhotoSet"("sectionId", "status", "publishedAt", "id");
CREATE INDEX "PhotoSet_status_viewCount_idx" ON "PhotoSet"("status", "viewCount");
CREATE INDEX "PhotoSet_authorId_updatedAt_idx" ON "PhotoSet"("authorId", "updatedAt");
CREATE TABLE "new_MediaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "sectionId" INTEGER,
    "posterImageId" INTEGER,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "durationSeconds" INTEGER NOT NULL DEFAULT 0,
    "subtitlesFile" TEXT NOT NULL DEFAULT '',
    "subtitlesLang" TEXT NOT NULL DEFAULT 'zh-CN',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "authorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MediaItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MediaItem_posterImageId_fkey" FOREIGN KEY ("posterImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MediaItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MediaItem" ("createdAt", "durationSeconds", "fileName", "fileSize", "id", "kind", "mimeType", "posterImageId", "publishedAt", "sectionId", "status", "subtitlesFile", "subtitlesLang", "summary", "title", "updatedAt", "viewCount") SELECT "createdAt", "durationSeconds", "fileName", "fileSize", "id", "kind", "mimeType", "posterImageId", "publishedAt", "sectionId", "status", "subtitlesFile", "subtitlesLang", "summary", "title", "updatedAt", "viewCount" FROM "MediaItem";
DROP TABLE "MediaItem";
ALTER TABLE "new_MediaItem" RENAME TO "MediaItem";
CREATE INDEX "MediaItem_status_publishedAt_id_idx" ON "MediaItem"("status", "publishedAt", "id");
CREATE INDEX "MediaItem_kind_status_publishedAt_id_idx" ON "MediaItem"("kind", "status", "publishedAt", "id");
CREATE INDEX "MediaItem_status_viewCount_idx" ON "MediaItem"("status", "viewCount");
CREATE INDEX "MediaItem_authorId_updatedAt_idx" ON "MediaItem"("authorId", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Who created a set or an item was recorded only in the audit log until now:
-- carry it over.
UPDATE "PhotoSet" SET "authorId" = (
    SELECT "userId" FROM "AuditLog"
    WHERE "action" = 'photoset.create' AND "targetType" = 'photoset' AND "targetId" = "PhotoSet"."id"
    ORDER BY "id" LIMIT 1
);
UPDATE "MediaItem" SET "authorId" = (
    SELECT "userId" FROM "AuditLog"
    WHERE "action" = 'media.create' AND "targetType" = 'media' AND "targetId" = "MediaItem"."id"
    ORDER BY "id" LIMIT 1
);
