// `npm run bench:search`: search at scale, on a database of its own
// (.bench-search/, never the site's): 100,000 generated articles written in
// bulk, the search index built from them, then search latency over a fixed
// list of queries against two baselines measured in the same run.
//   BENCH_ARTICLES=100000  BENCH_REPEAT=5  BENCH_REUSE=1 (measure the queries again on the last database)
//   DATABASE_URL=postgresql://…  measures on that PostgreSQL database instead, which it EMPTIES first
import { isolatedEnv, runTs } from "./lib/next-build.mjs";

const env = isolatedEnv("bench-search", 3203);
if (process.env.DATABASE_URL?.startsWith("postgres")) env.DATABASE_URL = process.env.DATABASE_URL;
runTs("scripts/bench-search.ts", env);
