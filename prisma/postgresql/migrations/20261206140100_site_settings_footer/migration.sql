-- 网站地址, the registration and reporting lines of the footer, 关于我们 and 联系我们 (the SQLite migration 20261206130000_site_settings_footer, ported)
ALTER TABLE "SiteSettings" ADD COLUMN "siteUrl" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "policeRecord" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "newsLicense" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "reportPhone" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "reportEmail" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "aboutHtml" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "contactHtml" TEXT NOT NULL DEFAULT '';
