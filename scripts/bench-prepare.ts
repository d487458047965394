// Prepares the publish benchmark's own database: demo content, an editor and
// a reporter, and PUBLISH_COUNT submitted articles waiting to be published.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { seedDemoContent } from "@/demo/seed-demo";
import { createUser } from "@/lib/newsroom/users/create-user";
import { migrateDatabase, removeDatabase, tuneSqlite } from "./lib/database";

const COUNT = Number(process.env.PUBLISH_COUNT ?? 20);

async function main() {
  await removeDatabase();
  await migrateDatabase();
  await tuneSqlite();
  await seedDemoContent({ articles: 240, seed: 777 });
  const password = `bench${randomBytes(9).toString("base64url")}7x`;
  const editor = await createUser({ username: "bench-editor", displayName: "测速编辑", role: "chief", password });
  const articles: { id: number; title: string }[] = [];
  for (let i = 0; i < COUNT; i++) {
    const title = `测速稿件${i + 1}号 ${randomBytes(3).toString("hex")}`;
    const { id } = await createArticle({ title, bodyHtml: "<p>用于测量发布到上线的时间。</p>", sectionSlug: "quanzhou", status: "submitted" });
    await db.article.update({ where: { id }, data: { authorId: editor.id } });
    articles.push({ id, title });
  }
  const out = process.env.INFO_FILE ?? path.join(".bench", "info.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ username: "bench-editor", password, articles }, null, 2), { mode: 0o600 });
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error(e);
    await db.$disconnect();
    process.exit(1);
  });
