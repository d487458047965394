import { createECDH, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { checkLoginThrottle, throttledLoginAttempt, throttleKeys } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { subscribeReader } from "@/lib/push/subscribe-reader";
import type { Actor } from "@/lib/auth/roles";
import { addViews } from "@/lib/data/views/add-views";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { CommandError } from "@/lib/newsroom/errors";
import { publishArticle, publishDueArticles } from "@/lib/newsroom/articles/change-status";
import { saveArticle } from "@/lib/newsroom/articles/save-article";
import { submitContribution } from "@/lib/newsroom/submissions/submit-contribution";
import { LAST_ADMIN_MESSAGE, updateUser } from "@/lib/newsroom/users/manage-users";
import { articleFormSchema } from "@/lib/validation/article-form";
import { updateUserFormSchema } from "@/lib/validation/user-admin";
import { db, dbProvider } from "./client";

// What several editors, instances and readers do at the same moment, run
// for real at the same moment: the calls below are started together and go
// to the database over as many connections as the pool holds (PostgreSQL)
// or queue for SQLite's one writer. Nothing here is serialized by the test.

const run = Date.now().toString(36);
let sectionId: number;
const editors: Actor[] = [];

function form(fields: Record<string, string>) {
  return articleFormSchema.parse({ id: "", version: "", subtitle: "", summary: "", source: "", dateline: "", reporters: "", tags: "", coverImageId: "", sectionId: String(sectionId), ...fields });
}

beforeAll(async () => {
  await seedSiteDefaults();
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "zonghe" } })).id;
  for (let i = 0; i < 20; i++) {
    const u = await db.user.create({ data: { username: `cc-${run}-${i}`, displayName: `编辑${i}`, role: "chief" } });
    editors.push({ id: u.id, username: u.username, displayName: u.displayName, role: "chief", sectionIds: [] });
  }
});

describe(`at the same moment (${dbProvider})`, () => {
  it("20 saves of one version: exactly one wins, the others are refused with the conflict message, and no text is lost", async () => {
    const created = await saveArticle(editors[0], form({ title: "同时保存", bodyHtml: "<p>原文</p>" }));
    const results = await Promise.allSettled(
      editors.map((e, i) => saveArticle(e, form({ id: String(created.id), version: "1", title: `第${i}位编辑的标题`, bodyHtml: `<p>第${i}位编辑的文本</p>` }))),
    );
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(CommandError);
        expect((r.reason as CommandError).code).toBe("conflict");
        expect((r.reason as CommandError).message).toMatch(/已在 .* 被他人保存为第2版/);
      }
    }
    const row = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ version: 2, title: `第${won[0]}位编辑的标题` });
    // Every editor's text is kept: the winner's as the article, the others' as revisions marked 冲突未保存.
    const revisions = await db.articleRevision.findMany({ where: { articleId: created.id }, select: { title: true, bodyHtml: true, note: true } });
    for (let i = 0; i < 20; i++) {
      expect(revisions).toContainEqual({ title: `第${i}位编辑的标题`, bodyHtml: `<p>第${i}位编辑的文本</p>`, note: i === won[0] ? "保存" : "冲突未保存" });
    }
  });

  it("two scheduler runs at once publish each due article exactly once", async () => {
    const at = new Date(Date.now() - 1000);
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      const created = await saveArticle(editors[0], form({ title: `定时并发${i}` }));
      await publishArticle(editors[0], { ...created, scheduledAt: new Date(Date.now() + 3_600_000) });
      await db.article.update({ where: { id: created.id }, data: { scheduledAt: at } });
      ids.push(created.id);
    }
    const before = new Map((await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } })).map((r) => [r.id, r.version]));
    const [a, b] = await Promise.all([publishDueArticles(), publishDueArticles()]);
    const mine = (list: number[]) => list.filter((id) => ids.includes(id));
    expect([...mine(a.published), ...mine(b.published)].sort()).toEqual([...ids].sort());
    const audits = await db.auditLog.count({ where: { action: "article.publish-scheduled", targetId: { in: ids } } });
    expect(audits).toBe(ids.length);
    // Published once: one version step each, not two.
    const rows = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, version: true } });
    for (const r of rows) expect(r).toMatchObject({ status: "published", version: before.get(r.id)! + 1 });
  });

  it("view counts flushed by many processes at once are all added", async () => {
    const created = await saveArticle(editors[0], form({ title: "浏览量并发" }));
    await publishArticle(editors[0], created);
    await Promise.all(Array.from({ length: 20 }, (_, i) => addViews([{ kind: "article", id: created.id, count: i + 1 }])));
    expect((await db.article.findUniqueOrThrow({ where: { id: created.id } })).viewCount).toBe(210);
  });

  it("two admins demoting each other at once leave one admin", async () => {
    // Only these two are active admins.
    await db.user.updateMany({ where: { role: "admin" }, data: { active: false } });
    const mk = async (n: string) => {
      const u = await db.user.create({ data: { username: `cc-${run}-${n}`, displayName: n, role: "admin" } });
      return { id: u.id, username: u.username, displayName: n, role: "admin", sectionIds: [] } as Actor;
    };
    const [a, b] = [await mk("admin-a"), await mk("admin-b")];
    const demote = (actor: Actor, target: Actor) =>
      updateUser(actor, updateUserFormSchema.parse({ id: String(target.id), displayName: target.displayName, role: "editor", active: "on" }));
    const results = await Promise.allSettled([demote(a, b), demote(b, a)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as Error).message).toBe(LAST_ADMIN_MESSAGE);
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
  });

  it("10 contributions sent at once from one address: only the limit's 3 get in", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${run}`;
    const input = { name: "读者", contact: "13800001234", title: "同时投稿", body: "十份稿件同时从一个地址发出，只有三份应当收下。", website: "" };
    const results = await Promise.all(Array.from({ length: 10 }, () => submitContribution(input, { ip })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.code === "rate-limited")).toHaveLength(7);
    expect(await db.submission.count({ where: { ip } })).toBe(3);
  });

  it("20 wrong passwords for one account at once: only the 5 free attempts are tried, the others wait", async () => {
    const hash = await hashPassword("正确的密码abc12345");
    const keys = throttleKeys(`race-${run}`, `198.51.100.${run.length}`);
    const results = await Promise.all(Array.from({ length: 20 }, () => throttledLoginAttempt(keys, () => verifyPassword(hash, "错误的密码abc12345"))));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.filter((r) => r.allowed && r.ok)).toHaveLength(0);
    for (const r of results) if (!r.allowed) expect(r.retryAfterSeconds).toBeGreaterThan(0);
    expect(await checkLoginThrottle(keys)).toMatchObject({ allowed: false });
    // Five failures stand (per key); the refused attempts left no rows.
    expect(await db.loginAttempt.count({ where: { key: { in: keys } } })).toBe(10);
  });

  it("20 new push subscriptions at once from one address: only the limit's 5 are stored", async () => {
    const limit = process.env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN;
    process.env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN = "5";
    try {
      const ip = `203.0.113.${(run.charCodeAt(0) % 200) + 20}`;
      const prefix = `https://fcm.googleapis.com/fcm/send/race-${run}-`;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const ecdh = createECDH("prime256v1");
          ecdh.generateKeys();
          return subscribeReader({ endpoint: `${prefix}${i}`, keys: { p256dh: ecdh.getPublicKey("base64url"), auth: randomBytes(16).toString("base64url") }, sections: [], topics: [] }, { ip });
        }),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
      expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(15);
      expect(await db.pushSubscription.count({ where: { endpoint: { startsWith: prefix } } })).toBe(5);
    } finally {
      if (limit === undefined) delete process.env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN;
      else process.env.PUSH_SUBSCRIBE_LIMIT_PER_10_MIN = limit;
    }
  });
});
