// `npm run bench:search`: search at scale, on a database of its own
// (.bench-search/, never the site's): 100,000 generated articles written in
// bulk, the search index built from them, then search latency over a fixed
// list of queries against two baselines measured in the same run.
//   BENCH_ARTICLES=100000  BENCH_REPEAT=5  BENCH_REUSE=1 (measure the queries again on the last database)
import { isolatedEnv, runTs } from "./lib/next-build.mjs";

runTs("scripts/bench-search.ts", isolatedEnv("bench-search", 3203));
