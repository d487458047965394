// Demo content on demand, e.g. for benchmarks:
//   npm run seed -- --articles 100000 [--seed 7] [--reset]
// --reset deletes the database (and the demo pictures) first. From 5000
// articles on, the articles are written in bulk.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { seedBulkArticles } from "@/demo/seed-bulk";
import { seedDemoChannels, seedDemoContent } from "@/demo/seed-demo";
import { createRng } from "@/demo/rng";
import { seedReadership } from "@/demo/seed-readership";
import { runScript } from "./lib/run-script";
import { migrateDatabase, removeDatabase, tuneSqlite } from "./lib/database";

/** From this many articles on, the bulk writer: about 800 articles/s instead of 125. */
const BULK_FROM = 5000;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "240" },
    seed: { type: "string", default: "20260101" },
    reset: { type: "boolean", default: false },
  },
});

async function main() {
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || articles > 2_000_000) throw new Error("--articles 须为 1 到 2000000 之间的整数");
  if (!Number.isInteger(seed)) throw new Error("--seed 须为整数");
  if (values.reset) await removeDatabase();
  await migrateDatabase();
  await tuneSqlite();
  const existing = await db.article.count();
  if (existing > 0) throw new Error(`数据库已有 ${existing} 篇文章；加 --reset 重新生成`);
  const log = (line: string) => console.log(line);
  if (articles < BULK_FROM) {
    await seedDemoContent({ articles, seed, log });
  } else {
    // Benchmark sizes: the same generated articles written thousands at a
    // time, with a few shared pictures (and no demo topics).
    await seedBulkArticles({ articles, seed, log });
    await seedDemoChannels({ seed, log });
    // 90 days of hourly readership, as the stats pages meet it in production.
    await seedReadership({ rng: createRng(seed + 1), days: 90, log });
  }
}

runScript(main);
