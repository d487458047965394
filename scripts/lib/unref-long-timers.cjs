// Preloaded into the Prisma CLI by scripts/prisma.mjs. Prisma 6.19's
// WebAssembly schema engine leaves a 10-second timer running after a
// PostgreSQL migration is done, so every `migrate deploy` there took 11 s
// instead of 1 s (the test set-up, each start on PostgreSQL; the pool's idle
// connection did the same: lib/db/pg-migration-pool.ts). A timer that
// long is never what keeps the CLI's work going (its database connection
// does), so such timers no longer hold the process open.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal(callback, ms, ...args);
  if (ms >= 10_000) timer.unref();
  return timer;
};
