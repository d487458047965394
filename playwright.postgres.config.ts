import { defineConfig } from "@playwright/test";
import base, { e2eWebServer } from "./playwright.config";

// The smoke run on PostgreSQL: a production build served from a PostgreSQL
// database (E2E_DATABASE_URL_PG, emptied and seeded by scripts/e2e-prepare.ts),
// one desktop browser, e2e/postgres-smoke.spec.ts; and e2e/cluster-edge.spec.ts
// (first: the smoke run closes the database at its end) against a second
// instance and the Varnish edge beside it, where Redis and Varnish are there.
// `npm run test:e2e:pg`.
const port = Number(process.env.E2E_PORT_PG ?? 3110);

export default defineConfig({
  ...base,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  projects: [{ name: "postgres", testMatch: [/cluster-edge\.spec\.ts$/, /postgres-smoke\.spec\.ts$/], use: { viewport: { width: 1280, height: 900 } } }],
  webServer: {
    ...e2eWebServer(port, { E2E_DATABASE: "postgresql", E2E_PORT: String(port) }),
    // With the cluster, ready once the edge (started last) answers.
    ...(process.env.E2E_CLUSTER === "1" ? { url: `http://127.0.0.1:${port + 2}/news` } : {}),
  },
});
