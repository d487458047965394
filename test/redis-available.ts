import net from "node:net";

/** The Redis the tests use: TEST_REDIS_URL, or the machine's own. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** Whether something listens at TEST_REDIS_URL; when not, says which tests are skipped and why. */
export async function redisAvailable(whatIsSkipped: string): Promise<boolean> {
  const address = new URL(TEST_REDIS_URL);
  const up = await new Promise<boolean>((resolve) => {
    const s = net.connect({ host: address.hostname, port: Number(address.port || 6379), timeout: 1000 });
    s.once("connect", () => (s.end(), resolve(true)));
    s.once("error", () => resolve(false));
    s.once("timeout", () => (s.destroy(), resolve(false)));
  });
  if (!up) console.warn(`跳过：${whatIsSkipped}需要 Redis（${TEST_REDIS_URL} 连不上）`);
  return up;
}
