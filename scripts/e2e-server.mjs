// The server the browser tests run against: a production build (`next build`
// + `next start`) on its own database, build folder and port.
import { isolatedEnv, nextBuild, runTs, startNext } from "./lib/next-build.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
// Every browser test comes from 127.0.0.1: allow more than a reader's 3 contributions per 10 minutes.
// View counts are written every 300 ms, so the view-count test sees them soon.
const env = { ...isolatedEnv("e2e", port), CONTRIBUTION_LIMIT_PER_10_MIN: "50", VIEW_FLUSH_MS: "300" };

runTs("scripts/e2e-prepare.ts", env);
nextBuild(env);
const server = await startNext({ port, env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
