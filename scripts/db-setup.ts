// First-start preparation, run by `npm start` and `npm run dev`: creates and
// migrates the database, and fills an empty one with demo content.
//   DEMO_ARTICLES=240   how many demo articles a new database gets
//   DEMO_CONTENT=off    create the sections and settings only
//   ADMIN_USERNAME / ADMIN_PASSWORD   create the first admin when there is none
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/newsroom/users/create-user";
import { seedDemoContent, seedSiteDefaults } from "@/demo/seed-demo";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { runScript } from "./lib/run-script";
import { migrateDatabase, removeBuild, tuneSqlite } from "./lib/database";

/** The first admin, from the environment; there is never a default password. */
async function ensureFirstAdmin() {
  const { ADMIN_USERNAME: username, ADMIN_PASSWORD: password } = process.env;
  if (!username || !password) return;
  if (await db.user.count({ where: { role: "admin" } })) return;
  await createUser({ username, password, displayName: process.env.ADMIN_NAME || "管理员", role: "admin" });
  console.log(`已创建管理员账号 ${username}`);
}

async function main() {
  await migrateDatabase();
  await tuneSqlite();
  await ensureFirstAdmin();
  const count = await db.article.count();
  if (count > 0) {
    // A database from before search existed gets its index once, and one
    // from before fragment search its documents' character pairs.
    const unindexed = (await db.searchDocument.count()) === 0 || (await db.searchDocument.findFirst({ where: { titleGrams: "" }, select: { id: true } })) !== null;
    if (unindexed) await rebuildSearchIndex((l) => console.log(`  ${l}`));
    console.log(`数据库已就绪：${count} 篇文章`);
    return;
  }
  if (process.env.DEMO_CONTENT === "off") {
    await seedSiteDefaults();
    console.log("数据库已创建（未生成演示内容）");
    return;
  }
  removeBuild(); // a build left from an earlier database would serve its content
  const articles = Number(process.env.DEMO_ARTICLES ?? 240);
  console.log(`首次启动：生成 ${articles} 篇演示文章…`);
  await seedDemoContent({ articles, seed: 20260101, log: (l) => console.log(`  ${l}`) });
}

runScript(main);
