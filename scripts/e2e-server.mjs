// The server the browser tests run against: a production build (`next build`
// + `next start`) on its own database, build folder and port.
import { isolatedEnv, nextBuild, runTs, startNext } from "./lib/next-build.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const env = isolatedEnv("e2e", port);

runTs("scripts/e2e-prepare.ts", env);
nextBuild(env);
const server = await startNext({ port, env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
