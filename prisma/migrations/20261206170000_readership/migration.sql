-- CreateTable
CREATE TABLE "ViewHour" (
    "hour" INTEGER NOT NULL,
    "day" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "authorId" INTEGER,
    "views" INTEGER NOT NULL DEFAULT 0,
    "uniques" INTEGER NOT NULL DEFAULT 0,
    "refBaidu" INTEGER NOT NULL DEFAULT 0,
    "refSogou" INTEGER NOT NULL DEFAULT 0,
    "refSo360" INTEGER NOT NULL DEFAULT 0,
    "refShenma" INTEGER NOT NULL DEFAULT 0,
    "refBing" INTEGER NOT NULL DEFAULT 0,
    "refWechat" INTEGER NOT NULL DEFAULT 0,
    "refWeibo" INTEGER NOT NULL DEFAULT 0,
    "refQq" INTEGER NOT NULL DEFAULT 0,
    "refDouyin" INTEGER NOT NULL DEFAULT 0,
    "refToutiao" INTEGER NOT NULL DEFAULT 0,
    "refPush" INTEGER NOT NULL DEFAULT 0,
    "refInternal" INTEGER NOT NULL DEFAULT 0,
    "refDirect" INTEGER NOT NULL DEFAULT 0,
    "refOther" INTEGER NOT NULL DEFAULT 0,
    "devicePhone" INTEGER NOT NULL DEFAULT 0,
    "deviceTablet" INTEGER NOT NULL DEFAULT 0,
    "deviceDesktop" INTEGER NOT NULL DEFAULT 0,
    "appViews" INTEGER NOT NULL DEFAULT 0,
    "depth25" INTEGER NOT NULL DEFAULT 0,
    "depth50" INTEGER NOT NULL DEFAULT 0,
    "depth75" INTEGER NOT NULL DEFAULT 0,
    "depth100" INTEGER NOT NULL DEFAULT 0,
    "engagedSeconds" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("hour", "kind", "itemId")
);

-- CreateTable
CREATE TABLE "ViewDay" (
    "day" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "authorId" INTEGER,
    "views" INTEGER NOT NULL DEFAULT 0,
    "uniques" INTEGER NOT NULL DEFAULT 0,
    "refBaidu" INTEGER NOT NULL DEFAULT 0,
    "refSogou" INTEGER NOT NULL DEFAULT 0,
    "refSo360" INTEGER NOT NULL DEFAULT 0,
    "refShenma" INTEGER NOT NULL DEFAULT 0,
    "refBing" INTEGER NOT NULL DEFAULT 0,
    "refWechat" INTEGER NOT NULL DEFAULT 0,
    "refWeibo" INTEGER NOT NULL DEFAULT 0,
    "refQq" INTEGER NOT NULL DEFAULT 0,
    "refDouyin" INTEGER NOT NULL DEFAULT 0,
    "refToutiao" INTEGER NOT NULL DEFAULT 0,
    "refPush" INTEGER NOT NULL DEFAULT 0,
    "refInternal" INTEGER NOT NULL DEFAULT 0,
    "refDirect" INTEGER NOT NULL DEFAULT 0,
    "refOther" INTEGER NOT NULL DEFAULT 0,
    "devicePhone" INTEGER NOT NULL DEFAULT 0,
    "deviceTablet" INTEGER NOT NULL DEFAULT 0,
    "deviceDesktop" INTEGER NOT NULL DEFAULT 0,
    "appViews" INTEGER NOT NULL DEFAULT 0,
    "depth25" INTEGER NOT NULL DEFAULT 0,
    "depth50" INTEGER NOT NULL DEFAULT 0,
    "depth75" INTEGER NOT NULL DEFAULT 0,
    "depth100" INTEGER NOT NULL DEFAULT 0,
    "engagedSeconds" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "kind", "itemId")
);

-- CreateTable
CREATE TABLE "ViewReferrerDay" (
    "day" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "authorId" INTEGER,
    "host" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "kind", "itemId", "host")
);

-- CreateTable
CREATE TABLE "SearchMiss" (
    "day" INTEGER NOT NULL,
    "query" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "query")
);

-- AlterTable (a plain ADD COLUMN: no rewrite of a large article table)
ALTER TABLE "Article" ADD COLUMN "pushSent" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Article_pushedAt_idx" ON "Article"("pushedAt");

-- CreateIndex
CREATE INDEX "ViewHour_day_idx" ON "ViewHour"("day");

-- CreateIndex
CREATE INDEX "ViewHour_kind_itemId_hour_idx" ON "ViewHour"("kind", "itemId", "hour");

-- CreateIndex
CREATE INDEX "ViewHour_sectionId_day_idx" ON "ViewHour"("sectionId", "day");

-- CreateIndex
CREATE INDEX "ViewHour_authorId_day_idx" ON "ViewHour"("authorId", "day");

-- CreateIndex
CREATE INDEX "ViewDay_kind_itemId_day_idx" ON "ViewDay"("kind", "itemId", "day");

-- CreateIndex
CREATE INDEX "ViewDay_sectionId_day_idx" ON "ViewDay"("sectionId", "day");

-- CreateIndex
CREATE INDEX "ViewDay_authorId_day_idx" ON "ViewDay"("authorId", "day");

-- CreateIndex
CREATE INDEX "ViewReferrerDay_day_idx" ON "ViewReferrerDay"("day");

