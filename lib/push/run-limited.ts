/**
 * Runs `work` on every item with at most `limit` running at once; resolves
 * when all are done. A push to thousands of readers must not open thousands
 * of sockets at the same moment.
 */
export async function runLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
