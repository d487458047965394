-- 值班 contact: QQ, 微信 or phone (the value stays in "dutyQq")
ALTER TABLE "SiteSettings" ADD COLUMN "dutyContactKind" TEXT NOT NULL DEFAULT 'qq';
