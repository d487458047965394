// Prepares the browser tests' own database: fresh, migrated, filled with a
// fixed set of demo articles, plus the original portal's saved article page
// imported through the app's data layer (when the shared fixture is there).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { seedDemoContent } from "@/demo/seed-demo";
import { seedFullSizePhotoSet } from "@/demo/seed-photos";
import { importLegacyArticle } from "@/lib/import/import-legacy-article";
import { createUser } from "@/lib/newsroom/users/create-user";
import { syncArticleSearch } from "@/lib/search/sync-search";
import { readFixture } from "@/test/fixture";
import { migrateDatabase, removeDatabase, tuneSqlite } from "./lib/database";

async function main() {
  const out = process.env.INFO_FILE ?? path.join(".e2e", "info.json");
  await removeDatabase();
  await migrateDatabase();
  await tuneSqlite();
  await seedDemoContent({ articles: 400, seed: 4242 });
  // 黔图汇: the demo sets come with seedDemoContent; this one has upload-size pictures.
  // 网站地址 as an admin sets it (the server runs without SITE_URL): the address the tests browse.
  await db.siteSettings.update({ where: { id: 1 }, data: { siteUrl: `http://127.0.0.1:${process.env.PORT}` } });
  const fullSizePhotoSetId = await seedFullSizePhotoSet({ seed: 4242 });
  const fixture = readFixture();
  const fixtureArticleId = fixture ? (await importLegacyArticle(fixture, "quanzhou")).id : null;
  if (fixtureArticleId) await syncArticleSearch(fixtureArticleId);
  // One newsroom account per role, with passwords made for this run only.
  const accounts: Record<string, { username: string; password: string; displayName: string }> = {};
  const roles = [
    { role: "reporter", displayName: "吴记者", sections: [] },
    { role: "editor", displayName: "杨编辑", sections: ["xianshi", "zonghe"] },
    { role: "chief", displayName: "龙总编", sections: [] },
    { role: "admin", displayName: "系统管理员", sections: [] },
  ] as const;
  for (const r of roles) {
    const password = `e2e${randomBytes(9).toString("base64url")}9a`;
    await createUser({ username: `e2e-${r.role}`, displayName: r.displayName, role: r.role, password, sections: [...r.sections] });
    accounts[r.role] = { username: `e2e-${r.role}`, password, displayName: r.displayName };
  }
  // 人才网: one open post to find through the filters, one that has expired.
  const now = new Date();
  const openJob = await db.jobPost.findFirst({ where: { status: "published", expiresAt: { gt: new Date(now.getTime() + 86_400_000) } }, orderBy: { id: "desc" }, select: { id: true, position: true, employer: true, county: true, category: true } });
  const expiredJob = await db.jobPost.findFirst({ where: { status: "published", expiresAt: { lt: now } }, select: { id: true, position: true, county: true, category: true } });
  const jobs = { open: openJob, expired: expiredJob };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ fixtureArticleId, fullSizePhotoSetId, accounts, jobs }, null, 2), { mode: 0o600 });
  console.log(`e2e 数据已就绪${fixtureArticleId ? `，样本文章 id=${fixtureArticleId}` : "（无样本文章）"}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error(e);
    await db.$disconnect();
    process.exit(1);
  });
