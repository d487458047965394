import { type APIRequestContext, expect, test } from "@playwright/test";
import { signInAsChief, withE2eDatabase, writeAndPublish } from "./postgres-support";

// The portal at scale, in one run: two instances of the PostgreSQL smoke
// run's build sharing Redis (instance A is the smoke run's server, B listens
// on the next port) behind the Varnish edge (the port after). Started by
// scripts/e2e-server.mjs when scripts/test-e2e-pg.mjs found Redis and Varnish.
const portA = Number(process.env.E2E_PORT_PG ?? 3110);
const instanceB = `http://127.0.0.1:${portA + 1}`;
const edge = `http://127.0.0.1:${portA + 2}`;

test.skip(process.env.E2E_CLUSTER !== "1", "没有 Redis 或 Varnish（原因见 npm run test:e2e:pg 开头的输出）");

/** Asks the edge for a page; what it says about its cache comes back with the body. */
async function throughEdge(request: APIRequestContext, pathname: string) {
  const response = await request.get(`${edge}${pathname}`);
  return { status: response.status(), edge: response.headers()["x-edge"], html: await response.text() };
}

/** Asks until the edge answers the page from its cache (the first request fills it). */
async function expectEdgeHit(request: APIRequestContext, pathname: string) {
  await expect.poll(async () => (await throughEdge(request, pathname)).edge, { message: `${pathname} 应由边缘缓存命中` }).toBe("hit");
}

test("an editor publishes on instance A; through the edge a reader sees it at once, and another section's page stays cached", async ({ page, request }) => {
  for (const pathname of ["/", "/news/xianshi", "/news/hangye"]) await expectEdgeHit(request, pathname);

  await signInAsChief(page);
  const title = `多实例边缘测试${Date.now().toString(36)}`;
  const articleUrl = await writeAndPublish(page, title, "在实例甲发布，经边缘缓存读到。");

  // Purged by tag after the editor's answer: the reader's next request is a miss that renders the new lists.
  for (const pathname of ["/", "/news/xianshi", articleUrl]) {
    await expect.poll(async () => (await throughEdge(request, pathname)).html, { timeout: 5_000, message: `边缘缓存的 ${pathname} 应有新稿` }).toContain(title);
  }
  // Instance B never saw the publish: it reads the pages A's revalidation expired in the shared cache.
  for (const pathname of ["/", articleUrl]) expect(await (await request.get(`${instanceB}${pathname}`)).text()).toContain(title);
  // Another section's list shares no tag with the article: still served from the edge's cache.
  expect((await throughEdge(request, "/news/hangye")).edge).toBe("hit");
  // The newsroom is never cached at the edge.
  expect((await throughEdge(request, "/newsroom")).edge).toBe("pass");
});

test("due articles are published once though both instances' schedulers race for them", async () => {
  const since = new Date();
  const before = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: number; version: number }>(
      `SELECT a.id, a.version FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
       WHERE a.status = 'published' AND s.slug = 'zonghe' ORDER BY a.id LIMIT 8`,
    );
    // Due now, all at once: each instance's scheduler asks every 300 ms.
    await client.query(`UPDATE "Article" SET status = 'scheduled', "scheduledAt" = now(), "publishedAt" = NULL WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
    return rows;
  });
  expect(before).toHaveLength(8);
  const ids = before.map((r) => r.id);

  const state = () =>
    withE2eDatabase(async (client) => {
      const articles = await client.query<{ id: number; status: string; version: number }>(`SELECT id, status, version FROM "Article" WHERE id = ANY($1) ORDER BY id`, [ids]);
      const audits = await client.query<{ targetId: number; n: string }>(
        `SELECT "targetId", count(*) AS n FROM "AuditLog" WHERE action = 'article.publish-scheduled' AND "targetId" = ANY($1) AND "createdAt" >= $2 GROUP BY "targetId"`,
        [ids, since],
      );
      return { articles: articles.rows, audits: new Map(audits.rows.map((r) => [r.targetId, Number(r.n)])) };
    });
  await expect.poll(async () => (await state()).articles.filter((a) => a.status === "published").length, { timeout: 10_000 }).toBe(8);
  // Give a losing instance time to publish a second time, if it could.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const after = await state();
  for (const { id, version } of before) {
    expect(after.audits.get(id), `第 ${id} 篇的定时发布记录`).toBe(1);
    expect(after.articles.find((a) => a.id === id)?.version, `第 ${id} 篇只被认领一次`).toBe(version + 1);
  }
});

test("views counted on either instance are all kept, and a reader sent to both counts once", async ({ request }) => {
  const id = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Article" WHERE status = 'published' ORDER BY id DESC OFFSET 3 LIMIT 1`);
    return rows[0].id;
  });
  const viewCount = () =>
    withE2eDatabase(async (client) => Number((await client.query(`SELECT "viewCount" FROM "Article" WHERE id = $1`, [id])).rows[0].viewCount));
  const start = await viewCount();
  const run = Date.now() % 100_000;
  const readers = 20;
  for (let i = 0; i < readers; i++) {
    const userAgent = `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.${run}.${i} Mobile Safari/537.36`;
    // Every reader's beacon reaches A and then B, as a reader's two visits could behind the edge's round robin.
    for (const server of [`http://127.0.0.1:${portA}`, instanceB]) {
      const answer = await request.post(`${server}/api/views`, { data: JSON.stringify({ kind: "article", id }), headers: { "content-type": "text/plain", "user-agent": userAgent } });
      expect(answer.status()).toBe(204);
    }
  }
  await expect.poll(viewCount, { timeout: 10_000 }).toBe(start + readers);
  // Both instances have written what they held (every 300 ms): nothing more arrives.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await viewCount()).toBe(start + readers);
});
