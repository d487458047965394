-- 替代文字 of each photo in a set.
ALTER TABLE "Photo" ADD COLUMN "alt" TEXT NOT NULL DEFAULT '';
