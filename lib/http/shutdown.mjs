// What must happen before the server process exits. The app (bundled by Next)
// and the start wrapper (scripts/serve.mjs) share one process but not their
// module instances, so the hooks live on globalThis: the app registers, for
// example, the flush of view counts still in memory; the wrapper, on SIGTERM
// or SIGINT, stops taking requests, runs them all and only then exits.

/** @type {Map<string, () => Promise<unknown>>} */
const hooks = (globalThis[Symbol.for("qdn.shutdown-hooks")] ??= new Map());

/**
 * Runs `hook` before the process exits on a stop signal. One hook per name:
 * registering a name again replaces the earlier hook.
 * @param {string} name
 * @param {() => Promise<unknown>} hook
 */
export function onShutdown(name, hook) {
  hooks.set(name, hook);
}

/**
 * Runs every hook at once and resolves when all have settled or after
 * `timeoutMs`, whichever is first, with the names of those that failed or
 * had not finished. A hook never makes the process hang or crash on exit.
 * @param {number} timeoutMs
 * @returns {Promise<string[]>}
 */
export async function runShutdownHooks(timeoutMs) {
  const unfinished = new Set(hooks.keys());
  const failed = [];
  const all = Promise.all(
    [...hooks].map(async ([name, hook]) => {
      try {
        await hook();
      } catch (error) {
        failed.push(name);
        console.error(`[shutdown] ${name}:`, error instanceof Error ? error.message : error);
      }
      unfinished.delete(name);
    }),
  );
  let timer;
  await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
  return [...failed, ...unfinished];
}
