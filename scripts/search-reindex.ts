// Rebuilds the search index from the content tables:
//   npm run search:reindex
// Safe while the site runs: search keeps answering from the old documents
// until each batch is replaced.
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { runScript } from "./lib/run-script";
import { migrateDatabase, tuneSqlite } from "./lib/database";

async function main() {
  await migrateDatabase();
  await tuneSqlite();
  const started = Date.now();
  await rebuildSearchIndex((l) => console.log(l));
  console.log(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
}

runScript(main);
