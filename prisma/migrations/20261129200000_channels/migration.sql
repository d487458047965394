-- AlterTable
ALTER TABLE "Article" ADD COLUMN "pushedAt" DATETIME;

-- CreateTable
CREATE TABLE "TopicGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "topicId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "TopicGroup_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "groupId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "articleId" INTEGER,
    "photoSetId" INTEGER,
    "mediaItemId" INTEGER,
    CONSTRAINT "TopicItem_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TopicGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicItem_photoSetId_fkey" FOREIGN KEY ("photoSetId") REFERENCES "PhotoSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicItem_mediaItemId_fkey" FOREIGN KEY ("mediaItemId") REFERENCES "MediaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PhotoSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "sectionId" INTEGER NOT NULL,
    "coverImageId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "editorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PhotoSet_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PhotoSet_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Photo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "photoSetId" INTEGER NOT NULL,
    "imageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "photographer" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Photo_photoSetId_fkey" FOREIGN KEY ("photoSetId") REFERENCES "PhotoSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Photo_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediaItem" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MediaItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MediaItem_posterImageId_fkey" FOREIGN KEY ("posterImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobPost" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "salaryMin" INTEGER,
    "salaryMax" INTEGER,
    "headcount" INTEGER NOT NULL DEFAULT 1,
    "requirements" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "expiresAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "publishedAt" DATETIME,
    "reviewedById" INTEGER,
    "submitterIp" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PushSubscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "sections" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSentAt" DATETIME
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "refId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "introHtml" TEXT NOT NULL DEFAULT '',
    "bannerImageId" INTEGER,
    "ongoing" BOOLEAN NOT NULL DEFAULT true,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Topic_bannerImageId_fkey" FOREIGN KEY ("bannerImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Topic" ("bannerImageId", "createdAt", "id", "ongoing", "position", "slug", "summary", "title") SELECT "bannerImageId", "createdAt", "id", "ongoing", "position", "slug", "summary", "title" FROM "Topic";
DROP TABLE "Topic";
ALTER TABLE "new_Topic" RENAME TO "Topic";
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");
CREATE INDEX "Topic_ongoing_position_idx" ON "Topic"("ongoing", "position");
CREATE INDEX "Topic_visible_ongoing_position_idx" ON "Topic"("visible", "ongoing", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TopicGroup_topicId_position_idx" ON "TopicGroup"("topicId", "position");

-- CreateIndex
CREATE INDEX "TopicItem_groupId_position_idx" ON "TopicItem"("groupId", "position");

-- CreateIndex
CREATE INDEX "TopicItem_articleId_idx" ON "TopicItem"("articleId");

-- CreateIndex
CREATE INDEX "TopicItem_photoSetId_idx" ON "TopicItem"("photoSetId");

-- CreateIndex
CREATE INDEX "TopicItem_mediaItemId_idx" ON "TopicItem"("mediaItemId");

-- CreateIndex
CREATE INDEX "PhotoSet_status_publishedAt_id_idx" ON "PhotoSet"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "PhotoSet_sectionId_status_publishedAt_id_idx" ON "PhotoSet"("sectionId", "status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "PhotoSet_status_viewCount_idx" ON "PhotoSet"("status", "viewCount");

-- CreateIndex
CREATE INDEX "Photo_photoSetId_position_idx" ON "Photo"("photoSetId", "position");

-- CreateIndex
CREATE INDEX "Photo_imageId_idx" ON "Photo"("imageId");

-- CreateIndex
CREATE INDEX "MediaItem_status_publishedAt_id_idx" ON "MediaItem"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "MediaItem_kind_status_publishedAt_id_idx" ON "MediaItem"("kind", "status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "MediaItem_status_viewCount_idx" ON "MediaItem"("status", "viewCount");

-- CreateIndex
CREATE INDEX "JobPost_status_expiresAt_publishedAt_idx" ON "JobPost"("status", "expiresAt", "publishedAt");

-- CreateIndex
CREATE INDEX "JobPost_status_county_expiresAt_idx" ON "JobPost"("status", "county", "expiresAt");

-- CreateIndex
CREATE INDEX "JobPost_status_category_expiresAt_idx" ON "JobPost"("status", "category", "expiresAt");

-- CreateIndex
CREATE INDEX "JobPost_status_createdAt_idx" ON "JobPost"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PushSubscription_endpoint_key" ON "PushSubscription"("endpoint");

-- CreateIndex
CREATE INDEX "SearchDocument_sectionId_idx" ON "SearchDocument"("sectionId");

-- CreateIndex
CREATE INDEX "SearchDocument_publishedAt_idx" ON "SearchDocument"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_refId_key" ON "SearchDocument"("kind", "refId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_action_idx" ON "AuditLog"("userId", "action");

