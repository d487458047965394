import { afterAll, describe, expect, it } from "vitest";
import { tcpRelay } from "@/scripts/lib/tcp-relay.mjs";
import { createPrismaClient, dbProvider } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

// The database going away under a running server, and coming back. A TCP
// relay in front of PostgreSQL stands in for the network: closing it cuts
// every connection the pool holds, as a restart or an outage would.

const onPostgres = dbProvider === "postgresql";
if (!onPostgres) console.warn("跳过：数据库断开与恢复的测试只在 PostgreSQL 上运行（SQLite 是本地文件，不会“断开”）");

describe.skipIf(!onPostgres)("when PostgreSQL goes away and comes back", () => {
  const url = new URL(process.env.DATABASE_URL!);
  const link = tcpRelay({ host: url.hostname, port: Number(url.port || 5432) });
  let client: ReturnType<typeof createPrismaClient>;
  afterAll(async () => {
    await client?.$disconnect();
    await link.cut().catch(() => {});
  });

  it("fails with an error recognised as 'unavailable', then answers again without a new client", async () => {
    await link.open();
    const through = new URL(url);
    through.hostname = "127.0.0.1";
    through.port = String(link.port());
    client = createPrismaClient(through.toString());
    expect(await client.section.count()).toBeGreaterThanOrEqual(0);

    await link.cut();
    const failure = await client.section.count().then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).not.toBeNull();
    expect(isDatabaseUnavailable(failure)).toBe(true);

    await link.open(); // same port: the database is back
    expect(await client.section.count()).toBeGreaterThanOrEqual(0);
  });

  it("does not call an ordinary error 'unavailable'", async () => {
    const error = await client.$queryRawUnsafe("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
