// Prepares `npm run bench:cluster` on the cluster's own database without
// emptying it: a chief editor of this run and PUBLISH_COUNT submitted
// articles in 全州 waiting to be published (and SPIKE_PUBLISH_COUNT more for the spike).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/newsroom/users/create-user";
import { runScript } from "./lib/run-script";

const COUNT = Number(process.env.PUBLISH_COUNT ?? 20);
/** More submitted articles for the spike, where an editor publishes every 5 s. */
const SPIKE_COUNT = Number(process.env.SPIKE_PUBLISH_COUNT ?? 0);

async function main() {
  const run = randomBytes(3).toString("hex");
  const password = `bench${randomBytes(9).toString("base64url")}7x`;
  const username = `bench-cluster-${run}`;
  const editor = await createUser({ username, displayName: "集群测速编辑", role: "chief", password });
  const articles: { id: number; title: string }[] = [];
  for (let i = 0; i < COUNT + SPIKE_COUNT; i++) {
    const title = `集群测速${run}第${i + 1}篇`;
    const { id } = await createArticle({ title, bodyHtml: "<p>用于测量多实例与边缘缓存下发布到可见的时间。</p>", sectionSlug: "quanzhou", status: "submitted" });
    await db.article.update({ where: { id }, data: { authorId: editor.id } });
    articles.push({ id, title });
  }
  const published = await db.article.findMany({ where: { status: "published" }, select: { id: true }, orderBy: { id: "desc" }, take: 100 });
  const out = process.env.INFO_FILE ?? path.join(".cluster", "bench-info.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ username, password, articles: articles.slice(0, COUNT), spikeArticles: articles.slice(COUNT), published: published.map((a) => a.id) }, null, 2), { mode: 0o600 });
}

runScript(main);
