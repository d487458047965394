// First-start preparation, run by `npm start` and `npm run dev`: creates and
// migrates the database, and fills an empty one with demo content.
//   DEMO_ARTICLES=240   how many demo articles a new database gets
//   DEMO_CONTENT=off    create the sections and settings only
import { db } from "@/lib/db/client";
import { seedDemoContent, seedSiteDefaults } from "@/lib/demo/seed-demo";
import { migrateDatabase, tuneSqlite } from "./lib/database";

async function main() {
  await migrateDatabase();
  await tuneSqlite();
  const count = await db.article.count();
  if (count > 0) {
    console.log(`数据库已就绪：${count} 篇文章`);
    return;
  }
  if (process.env.DEMO_CONTENT === "off") {
    await seedSiteDefaults();
    console.log("数据库已创建（未生成演示内容）");
    return;
  }
  const articles = Number(process.env.DEMO_ARTICLES ?? 240);
  console.log(`首次启动：生成 ${articles} 篇演示文章…`);
  await seedDemoContent({ articles, seed: 20260101, log: (l) => console.log(`  ${l}`) });
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error(e instanceof Error ? e.message : e);
    await db.$disconnect();
    process.exit(1);
  });
