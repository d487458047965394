// Prepares the browser tests' own database: fresh, migrated, filled with a
// fixed set of demo articles, plus the original portal's saved article page
// imported through the app's data layer (when the shared fixture is there).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { seedDemoContent } from "@/lib/demo/seed-demo";
import { importLegacyArticle } from "@/lib/import/import-legacy-article";
import { readFixture } from "@/test/fixture";
import { migrateDatabase, removeDatabase, tuneSqlite } from "./lib/database";

async function main() {
  const out = process.env.E2E_INFO_FILE ?? path.join(".e2e", "info.json");
  removeDatabase();
  await migrateDatabase();
  await tuneSqlite();
  await seedDemoContent({ articles: 400, seed: 4242 });
  const fixture = readFixture();
  const fixtureArticleId = fixture ? (await importLegacyArticle(fixture, "quanzhou")).id : null;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ fixtureArticleId }, null, 2));
  console.log(`e2e 数据已就绪${fixtureArticleId ? `，样本文章 id=${fixtureArticleId}` : "（无样本文章）"}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error(e);
    await db.$disconnect();
    process.exit(1);
  });
