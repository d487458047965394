// Prepares a database for `npm run bench:views`: BENCH_ARTICLES articles
// (demo content, or bulk-written from 5,000 on, with 90 days of hourly
// readership), a chief editor to read /newsroom/stats as, and the ids of
// published articles for the beacons.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { createRng } from "@/demo/rng";
import { seedBulkArticles } from "@/demo/seed-bulk";
import { seedDemoChannels, seedDemoContent } from "@/demo/seed-demo";
import { seedReadership } from "@/demo/seed-readership";
import { createUser } from "@/lib/newsroom/users/create-user";
import { runScript } from "./lib/run-script";
import { migrateDatabase, removeDatabase, tuneSqlite } from "./lib/database";

async function main() {
  const articles = Number(process.env.BENCH_ARTICLES ?? 240);
  const log = (line: string) => console.log(`  ${line}`);
  await removeDatabase();
  await migrateDatabase();
  await tuneSqlite();
  if (articles < 5000) {
    await seedDemoContent({ articles, seed: 1717, log });
  } else {
    await seedBulkArticles({ articles, seed: 1717, log });
    await seedDemoChannels({ seed: 1717, log });
    await seedReadership({ rng: createRng(1718), days: 90, log });
  }
  const password = `bench${randomBytes(9).toString("base64url")}7x`;
  await createUser({ username: "bench-chief", displayName: "测速总编", role: "chief", password });
  const ids = (await db.article.findMany({ where: { status: "published" }, orderBy: { publishedAt: "desc" }, take: 200, select: { id: true } })).map((a) => a.id);
  const out = process.env.INFO_FILE!;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ username: "bench-chief", password, articleIds: ids }, null, 2), { mode: 0o600 });
}

runScript(main);
