// The server the browser tests run against: a production build (`next build`
// + `next start`) on its own database, build folder and port, so that it
// never touches the site `npm start` serves.
import path from "node:path";
import { nextBuild, root, run, startNext } from "./lib/next-build.mjs";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

const env = {
  ...process.env,
  DATABASE_URL: "file:./.e2e/portal.db",
  MEDIA_DIR: "./.e2e/media",
  NEXT_DIST_DIR: ".next-e2e",
  SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
  E2E_INFO_FILE: path.join(root, ".e2e", "info.json"),
};

run(process.execPath, [path.join(root, "scripts", "run-ts.mjs"), "scripts/e2e-prepare.ts"], env);
nextBuild(env);
const server = await startNext({ port: E2E_PORT, env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
