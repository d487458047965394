import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { publishArticle } from "@/lib/newsroom/articles/change-status";
import { requestArticlePush } from "@/lib/newsroom/articles/push-article";
import { saveArticle } from "@/lib/newsroom/articles/save-article";
import { CommandError } from "@/lib/newsroom/errors";
import { articleFormSchema } from "@/lib/validation/article-form";
import { pushSubscriptionSchema } from "@/lib/validation/push-subscription";
import { makeSubscriber, type TestSubscriber } from "@/test/push-service";
import { decryptPush, verifyVapid } from "@/test/web-push-decrypt";
import { requestTopicItemPush } from "@/lib/newsroom/topics/push-topic-item";
import { addTopicItem } from "@/lib/newsroom/topics/topic-items";
import { claimArticlePush, sendArticlePush } from "./send-article-push";
import { saveSubscription } from "./subscriptions";
import { topicAudience } from "./topic-push";

// A push service on 127.0.0.1 (allowed through PUSH_ENDPOINT_ORIGINS) and a
// VAPID pair, in place before lib/env.ts reads the environment.
const service = await vi.hoisted(async () => {
  const { startPushService } = await import("../../test/push-service");
  const { default: webpush } = await import("web-push");
  const started = await startPushService();
  const keys = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
  process.env.VAPID_SUBJECT = "mailto:newsroom@example.com";
  process.env.PUSH_ENDPOINT_ORIGINS = started.origin;
  return started;
});

let editor: Actor;
let otherEditor: Actor;
let reporter: Actor;
let chief: Actor;
let zongheId: number;
const run = Date.now().toString(36);

beforeAll(async () => {
  await seedSiteDefaults();
  zongheId = (await db.section.findUniqueOrThrow({ where: { slug: "zonghe" } })).id;
  const xianshiId = (await db.section.findUniqueOrThrow({ where: { slug: "xianshi" } })).id;
  const mk = async (name: string, role: Actor["role"], sectionIds: number[]): Promise<Actor> => {
    const u = await db.user.create({
      data: { username: `push-${name}-${run}`, displayName: name, role, sections: { create: sectionIds.map((sectionId) => ({ sectionId })) } },
    });
    return { id: u.id, username: u.username, displayName: name, role, sectionIds };
  };
  editor = await mk("综合编辑", "editor", [zongheId]);
  otherEditor = await mk("县市编辑", "editor", [xianshiId]);
  reporter = await mk("记者", "reporter", []);
  chief = await mk("总编", "chief", []);
});

afterAll(() => service.close());

async function publishedArticle(title: string, summary = ""): Promise<number> {
  const form = articleFormSchema.parse({
    id: "", version: "", subtitle: "", summary, source: "", dateline: "", reporters: "", tags: "", coverImageId: "",
    sectionId: String(zongheId), title, bodyHtml: "<p>正文。</p>",
  });
  const draft = await saveArticle(editor, form);
  return (await publishArticle(editor, draft)).id;
}

async function subscribe(subscriber: TestSubscriber, sections: string[] = [], topics: string[] = []) {
  const input = pushSubscriptionSchema([service.origin]).parse({ endpoint: subscriber.endpoint, keys: subscriber.keys, sections, topics });
  expect(await saveSubscription(input)).toMatchObject({ ok: true, topics: [...topics].sort() });
}

const receivedBy = (subscriber: TestSubscriber) => service.received.filter((r) => service.origin + r.path === subscriber.endpoint);

describe("sending an article", () => {
  it("delivers a message the subscriber's keys decrypt to the article's title and URL", async () => {
    const reader = makeSubscriber(service.origin, "ok", `reader-${run}`);
    await subscribe(reader);
    const id = await publishedArticle("榕江村超决赛今晚开赛", "全州各县代表队齐聚榕江。");
    const pushedAt = await requestArticlePush(editor, id);
    const stats = await sendArticlePush(id);
    expect(stats.sent).toBeGreaterThanOrEqual(1);

    const [message] = receivedBy(reader);
    expect(message.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(message.headers.ttl)).toBeGreaterThan(0);
    const vapid = verifyVapid(message.headers);
    expect(vapid).toMatchObject({ aud: service.origin, sub: "mailto:newsroom@example.com", k: process.env.VAPID_PUBLIC_KEY });
    expect(vapid.exp * 1000).toBeGreaterThan(Date.now());

    const payload = JSON.parse(decryptPush(message.body, reader));
    expect(payload).toEqual({
      title: "榕江村超决赛今晚开赛",
      body: "全州各县代表队齐聚榕江。",
      url: `http://localhost:3000/article/${id}?from=push`,
      tag: `article-${id}`,
      icon: "/icons/icon-192.png",
    });
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.pushedAt?.getTime()).toBe(pushedAt.getTime());
    const stored = await db.pushSubscription.findUniqueOrThrow({ where: { endpoint: reader.endpoint } });
    expect(stored.lastSentAt).not.toBeNull();
  });

  it("pushes an article at most once", async () => {
    const id = await publishedArticle("只推送一次的快讯");
    await requestArticlePush(editor, id);
    await expect(requestArticlePush(editor, id)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "conflict");
    expect(await claimArticlePush(id)).toBeNull();
  });

  it("deletes subscriptions the push service calls gone (410) and keeps ones that merely failed", async () => {
    const gone = makeSubscriber(service.origin, "gone", `gone-${run}`);
    const failing = makeSubscriber(service.origin, "fail", `fail-${run}`);
    await subscribe(gone);
    await subscribe(failing);
    const id = await publishedArticle("失效订阅会被删除");
    await requestArticlePush(editor, id);
    const stats = await sendArticlePush(id);
    expect(receivedBy(gone)).toHaveLength(1);
    expect(stats.removed).toBeGreaterThanOrEqual(1);
    expect(stats.failed).toBeGreaterThanOrEqual(1);
    expect(await db.pushSubscription.findUnique({ where: { endpoint: gone.endpoint } })).toBeNull();
    expect(await db.pushSubscription.findUnique({ where: { endpoint: failing.endpoint } })).not.toBeNull();
    await db.pushSubscription.delete({ where: { endpoint: failing.endpoint } });
  });

  it("reaches only readers who chose the article's section, or every section", async () => {
    const zonghe = makeSubscriber(service.origin, "ok", `zonghe-${run}`);
    const several = makeSubscriber(service.origin, "ok", `several-${run}`);
    const xianshi = makeSubscriber(service.origin, "ok", `xianshi-${run}`);
    const everything = makeSubscriber(service.origin, "ok", `all-${run}`);
    await subscribe(zonghe, ["zonghe"]);
    await subscribe(several, ["xianshi", "zonghe", "fabu"]);
    await subscribe(xianshi, ["xianshi"]);
    await subscribe(everything, []);
    const id = await publishedArticle("综合栏目的快讯");
    await requestArticlePush(editor, id);
    await sendArticlePush(id);
    expect(receivedBy(zonghe)).toHaveLength(1);
    expect(receivedBy(several)).toHaveLength(1);
    expect(receivedBy(everything)).toHaveLength(1);
    expect(receivedBy(xianshi)).toHaveLength(0);
  });
});

describe("who may push", () => {
  it("refuses reporters, editors of other sections and unpublished articles, and marks nothing", async () => {
    const id = await publishedArticle("无权推送的测试稿");
    await expect(requestArticlePush(reporter, id)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "forbidden");
    await expect(requestArticlePush(otherEditor, id)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "forbidden");
    await expect(requestArticlePush(null, id)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "unauthenticated");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).pushedAt).toBeNull();

    const form = articleFormSchema.parse({
      id: "", version: "", subtitle: "", summary: "", source: "", dateline: "", reporters: "", tags: "", coverImageId: "",
      sectionId: String(zongheId), title: "还是草稿", bodyHtml: "<p>草稿。</p>",
    });
    const draft = await saveArticle(editor, form);
    await expect(requestArticlePush(editor, draft.id)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "invalid");
  });
});

describe("sending an article of a 专题 to the topic's subscribers", () => {
  async function makeTopic(slug: string, visible = true) {
    const topic = await db.topic.create({ data: { slug, title: `村超专题${slug.slice(-4)}`, visible, groups: { create: [{ title: "最新动态" }] } }, include: { groups: true } });
    return { slug, title: topic.title, groupId: topic.groups[0].id };
  }

  it("reaches who chose the topic, once, and not who had the article from its section's push", async () => {
    const topic = await makeTopic(`cunchao-${run}`);
    const other = await makeTopic(`other-${run}`);
    const topicOnly = makeSubscriber(service.origin, "ok", `topic-only-${run}`);
    const sectionAndTopic = makeSubscriber(service.origin, "ok", `section-topic-${run}`);
    const everySection = makeSubscriber(service.origin, "ok", `every-section-${run}`);
    const otherTopic = makeSubscriber(service.origin, "ok", `other-topic-${run}`);
    await subscribe(topicOnly, ["xianshi"], [topic.slug]);
    await subscribe(sectionAndTopic, ["zonghe"], [topic.slug, other.slug]);
    await subscribe(everySection);
    await subscribe(otherTopic, ["xianshi"], [other.slug]);

    // Published and pushed to its section (综合) first, then added to the topic.
    const id = await publishedArticle("村超总决赛门票今日开售", "线上购票通道上午十点开放。");
    await requestArticlePush(editor, id);
    await sendArticlePush(id);
    expect(receivedBy(sectionAndTopic)).toHaveLength(1);
    expect(receivedBy(topicOnly)).toHaveLength(0);
    const { id: itemId } = await addTopicItem(chief, { groupId: topic.groupId, kind: "article", targetId: id });

    const claimed = await requestTopicItemPush(chief, { itemId });
    expect(claimed).toEqual({ articleId: id, topic: { slug: topic.slug, title: topic.title } });
    const stats = await sendArticlePush(id, topicAudience(claimed.topic));
    expect(stats).toEqual({ sent: 1, removed: 0, failed: 0 });
    const [message] = receivedBy(topicOnly);
    expect(JSON.parse(decryptPush(message.body, topicOnly))).toMatchObject({
      title: "村超总决赛门票今日开售",
      body: `专题「${topic.title}」：线上购票通道上午十点开放。`,
      url: `http://localhost:3000/article/${id}?from=push`,
    });
    expect(receivedBy(sectionAndTopic)).toHaveLength(1);
    expect(receivedBy(everySection)).toHaveLength(1);
    expect(receivedBy(otherTopic)).toHaveLength(0);

    // Once per topic item, and only by those who manage topics.
    await expect(requestTopicItemPush(chief, { itemId })).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "conflict");
    const secondId = await publishedArticle("村超专题里的第二篇");
    const second = await addTopicItem(chief, { groupId: topic.groupId, kind: "article", targetId: secondId });
    await expect(requestTopicItemPush(editor, { itemId: second.id })).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "forbidden");
    expect((await db.topicItem.findUniqueOrThrow({ where: { id: second.id } })).pushedAt).toBeNull();
    const audit = await db.auditLog.findFirst({ where: { action: "topic.push", userId: chief.id }, orderBy: { id: "desc" } });
    expect(audit?.detail).toBe(`${topic.title}：推送「村超总决赛门票今日开售」`);
  });

  it("refuses a hidden topic's push, and subscriptions to unknown or hidden topics", async () => {
    const hidden = await makeTopic(`hidden-${run}`, false);
    const id = await publishedArticle("未公开专题里的文章");
    const { id: itemId } = await addTopicItem(chief, { groupId: hidden.groupId, kind: "article", targetId: id });
    await expect(requestTopicItemPush(chief, { itemId })).rejects.toThrow("专题未公开");
    for (const slug of [hidden.slug, `nosuch-${run}`]) {
      const reader = makeSubscriber(service.origin, "ok", `refused-${slug}`);
      const input = pushSubscriptionSchema([service.origin]).parse({ endpoint: reader.endpoint, keys: reader.keys, topics: [slug] });
      expect(await saveSubscription(input)).toEqual({ ok: false, error: `没有这些专题：${slug}` });
      expect(await db.pushSubscription.findUnique({ where: { endpoint: reader.endpoint } })).toBeNull();
    }
  });
});
