import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run against a real SQLite file made fresh for each run, or a real
// PostgreSQL database emptied for it (see test/global-setup.ts), never
// against mocks of the data layer.
const testDir = path.join(tmpdir(), `qdn-portal-vitest-${process.pid}`);
// `npm run test:unit` runs the suite a second time on PostgreSQL
// (scripts/test-unit.mjs); its database is emptied and migrated first.
const onPostgres = process.env.VITEST_DATABASE === "postgresql";
// Files that set the environment before importing the app's modules, or mock
// a module, need a module registry of their own; the rest share one, which
// spares re-importing Next, Prisma and the app for each of 60-odd files (a
// run took 127 s isolated, 46 s shared).
const TEST_FILES = ["lib/**/*.test.ts", "components/**/*.test.ts", "demo/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"];
const NEEDS_OWN_MODULES = [
  "lib/push/send-article-push.test.ts",
  "test/csp-report-route.test.ts",
  "test/push-subscription-route.test.ts",
  "test/authorization-matrix.test.ts",
];
if (onPostgres && !process.env.TEST_DATABASE_URL_PG) throw new Error("VITEST_DATABASE=postgresql 需要 TEST_DATABASE_URL_PG");

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next the "server-only" guard would throw on import.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    // One database file is shared by the test files: run them one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    // The isolated group runs after the shared one, never beside it (one database).
    projects: [
      { extends: true, test: { name: "shared", isolate: false, include: TEST_FILES, exclude: NEEDS_OWN_MODULES, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "isolated", include: NEEDS_OWN_MODULES, sequence: { groupOrder: 1 } } },
    ],
    env: {
      DATABASE_URL: onPostgres ? process.env.TEST_DATABASE_URL_PG! : `file:${path.join(testDir, "test.db")}`,
      MEDIA_DIR: path.join(testDir, "media"),
      TEST_DATA_DIR: testDir,
      SITE_URL: "http://localhost:3000",
      // Far from Beijing on purpose: dates must come out in China Standard Time anyway.
      TZ: "America/New_York",
    },
  },
});
