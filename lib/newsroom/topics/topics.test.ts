import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { createArticle } from "@/lib/data/articles/create-article";
import { findArticleTopics } from "@/lib/data/topics/get-article-topics";
import { findVisibleTopic } from "@/lib/data/topics/get-topic";
import { findOngoingTopics, findTopicDirectory, findTopicTeasers } from "@/lib/data/topics/list-topics";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { storeImage } from "@/lib/media/store-image";
import { topicItemHref } from "@/lib/topics/topic-urls";
import { topicFormSchema } from "@/lib/validation/topic";
import { CommandError } from "../errors";
import { moveTopic, saveTopic } from "./save-topic";
import { addTopicGroup, moveTopicGroup, removeTopicGroup, renameTopicGroup } from "./topic-groups";
import { addTopicItem, moveTopicItem, removeTopicItem } from "./topic-items";

// Against the real migrated test database. Every topic gets a slug of its
// own, so tests never see each other's topics.

const actors: Record<string, Actor | null> = {};
let sectionId = 0;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

async function makeUser(username: string, role: Role): Promise<Actor> {
  const user = await db.user.create({ data: { username, displayName: username, role } });
  return { id: user.id, username, displayName: username, role, sectionIds: [] };
}

beforeAll(async () => {
  await seedSiteDefaults();
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "zonghe" } })).id;
  const tag = unique();
  actors["signed out"] = null;
  actors.reporter = await makeUser(`topic-rep-${tag}`, "reporter");
  actors.editor = await makeUser(`topic-ed-${tag}`, "editor");
  actors.chief = await makeUser(`topic-chief-${tag}`, "chief");
  actors.admin = await makeUser(`topic-admin-${tag}`, "admin");
});

async function article(title: string, status: "published" | "draft" = "published") {
  return (await createArticle({ title, bodyHtml: "<p>正文。</p>", sectionSlug: "zonghe", status })).id;
}

function topicInput(overrides: Record<string, string> = {}) {
  return topicFormSchema.parse({ slug: `t-${unique()}`, title: "欢度苗年", summary: "节日报道", introHtml: "<p>介绍</p>", ongoing: "on", visible: "on", ...overrides });
}

async function newTopic(overrides: Record<string, string> = {}) {
  const input = topicInput(overrides);
  const { id } = await saveTopic(actors.chief, input);
  return { id, slug: input.slug };
}

describe("topic form", () => {
  it("takes pinyin-ish slugs only", () => {
    for (const slug of ["miaonian", "miaonian-2026", "a1"]) expect(topicFormSchema.safeParse({ slug, title: "x" }).success, slug).toBe(true);
    for (const slug of ["苗年", "miao nian", "miao_nian", "-miao", "miao--nian", "a", "../x"]) {
      const result = topicFormSchema.safeParse({ slug, title: "x" });
      expect(result.success, slug).toBe(false);
    }
    expect(topicFormSchema.parse({ slug: " MiaoNian ", title: "x" }).slug).toBe("miaonian");
  });
});

describe("saveTopic", () => {
  it("sanitizes the introduction on the server", async () => {
    const { id, slug } = await newTopic({
      introHtml: '<h1>苗年</h1><p onclick="steal()">节日<script>alert(1)</script></p><a href="javascript:alert(1)">链接</a><img src="x" onerror="alert(1)">',
    });
    const stored = (await db.topic.findUniqueOrThrow({ where: { id } })).introHtml;
    expect(stored).not.toMatch(/script|onclick|onerror|javascript:|alert/);
    expect(stored).toContain("<h2>苗年</h2>");
    expect((await findVisibleTopic(slug))?.introHtml).toBe(stored);
  });

  it("is for chief editors and admins only", async () => {
    for (const name of ["signed out", "reporter", "editor"]) {
      const error = await saveTopic(actors[name], topicInput()).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(CommandError);
      expect((error as CommandError).code).toBe(name === "signed out" ? "unauthenticated" : "forbidden");
    }
    await expect(saveTopic(actors.admin, topicInput())).resolves.toMatchObject({ revalidate: expect.arrayContaining(["topics"]) });
  });

  it("refuses a slug another topic has, and a banner that does not exist", async () => {
    const { slug } = await newTopic();
    await expect(saveTopic(actors.chief, topicInput({ slug }))).rejects.toThrow("专题网址已被使用");
    await expect(saveTopic(actors.chief, topicInput({ bannerImageId: "999999999" }))).rejects.toThrow("题图不存在");
  });

  it("expires the topic, the list and the pages of its articles when it changes", async () => {
    const { id, slug } = await newTopic();
    const { id: groupId } = await addTopicGroup(actors.chief, { topicId: id, title: "现场" });
    const a = await article(`苗年现场 ${unique()}`);
    await addTopicItem(actors.chief, { groupId, kind: "article", targetId: a });
    const { revalidate } = await saveTopic(actors.chief, { ...topicInput({ slug: `${slug}-new`, title: "新标题" }), id });
    expect(revalidate).toEqual(["topics", `topic:${slug}`, `topic:${slug}-new`, `article:${a}`]);
    expect(await findArticleTopics(a)).toEqual([{ slug: `${slug}-new`, title: "新标题" }]);
  });
});

describe("groups and items", () => {
  it("keep the editors' order, which a reader sees", async () => {
    const { id, slug } = await newTopic();
    const { id: first } = await addTopicGroup(actors.chief, { topicId: id, title: "第一组" });
    const { id: second } = await addTopicGroup(actors.chief, { topicId: id, title: "第二组" });
    const [a1, a2, a3] = [await article(`一 ${unique()}`), await article(`二 ${unique()}`), await article(`三 ${unique()}`)];
    const items = [];
    for (const a of [a1, a2, a3]) items.push((await addTopicItem(actors.chief, { groupId: first, kind: "article", targetId: a })).id);
    const order = async () => (await findVisibleTopic(slug))!.groups.map((g) => [g.title, g.items.map((i) => i.id)]);
    expect(await order()).toEqual([["第一组", [a1, a2, a3]], ["第二组", []]]);

    await moveTopicItem(actors.chief, { itemId: items[2], direction: "up" });
    expect(await order()).toEqual([["第一组", [a1, a3, a2]], ["第二组", []]]);
    // Moving past the end changes nothing.
    await moveTopicItem(actors.chief, { itemId: items[0], direction: "up" });
    await moveTopicGroup(actors.chief, { groupId: second, direction: "up" });
    await renameTopicGroup(actors.chief, { groupId: first, title: "现场直击" });
    expect(await order()).toEqual([["第二组", []], ["现场直击", [a1, a3, a2]]]);

    const removed = await removeTopicItem(actors.chief, { itemId: items[2] });
    expect(removed.revalidate).toEqual(["topics", `topic:${slug}`, `article:${a3}`]);
    expect(await order()).toEqual([["第二组", []], ["现场直击", [a1, a2]]]);
    const gone = await removeTopicGroup(actors.chief, { groupId: first });
    expect(gone.revalidate).toEqual(expect.arrayContaining([`article:${a1}`, `article:${a2}`]));
    expect(await order()).toEqual([["第二组", []]]);
    expect(await findArticleTopics(a1)).toEqual([]);
  });

  it("take published articles, photo sets and videos, once per topic", async () => {
    const { id, slug } = await newTopic();
    const { id: groupId } = await addTopicGroup(actors.chief, { topicId: id, title: "图片与视频" });
    const picture = await storeImage({ key: `test/topic-${unique()}`, data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"/>'), alt: "" });
    const photoSet = await db.photoSet.create({ data: { title: "苗年盛装巡游", sectionId, coverImageId: picture.id, status: "published", publishedAt: new Date() } });
    const video = await db.mediaItem.create({
      data: { kind: "video", title: "芦笙舞", fileName: "x.mp4", mimeType: "video/mp4", fileSize: 1, durationSeconds: 95, posterImageId: picture.id, status: "published", publishedAt: new Date() },
    });
    const draftSet = await db.photoSet.create({ data: { title: "草稿图集", sectionId, status: "draft" } });
    const draft = await article(`草稿 ${unique()}`, "draft");

    await addTopicItem(actors.chief, { groupId, kind: "photos", targetId: photoSet.id });
    await addTopicItem(actors.chief, { groupId, kind: "media", targetId: video.id });
    await expect(addTopicItem(actors.chief, { groupId, kind: "photos", targetId: draftSet.id })).rejects.toThrow(`图集 #${draftSet.id} 不存在或未发布`);
    await expect(addTopicItem(actors.chief, { groupId, kind: "article", targetId: draft })).rejects.toThrow("不存在或未发布");
    await expect(addTopicItem(actors.chief, { groupId, kind: "photos", targetId: photoSet.id })).rejects.toThrow("已在本专题的「图片与视频」分组中");
    await expect(addTopicItem(actors.editor, { groupId, kind: "media", targetId: video.id })).rejects.toThrow("没有权限");

    const [set, clip] = (await findVisibleTopic(slug))!.groups[0].items;
    expect(set).toMatchObject({ kind: "photos", id: photoSet.id, title: "苗年盛装巡游", cover: { key: picture.key } });
    expect(clip).toMatchObject({ kind: "media", mediaKind: "video", id: video.id, durationSeconds: 95, cover: { key: picture.key } });
    expect(topicItemHref(set)).toBe(`/photos/${photoSet.id}`);
    expect(topicItemHref(clip)).toBe(`/video/${video.id}`);

    // Taken down later: readers no longer see it, the count drops with it.
    await db.mediaItem.update({ where: { id: video.id }, data: { status: "withdrawn" } });
    expect((await findVisibleTopic(slug))!.groups[0].items.map((i) => i.kind)).toEqual(["photos"]);
    expect((await findTopicDirectory()).find((t) => t.slug === slug)?.itemCount).toBe(1);
  });
});

describe("moveTopic", () => {
  it("changes the editors' order within ongoing topics, for chief editors only", async () => {
    const a = await newTopic();
    const b = await newTopic();
    const position = (slug: string, list: { slug: string }[]) => list.findIndex((t) => t.slug === slug);
    const before = await findTopicDirectory();
    // New topics go to the end.
    expect(position(a.slug, before)).toBeLessThan(position(b.slug, before));
    await expect(moveTopic(actors.editor, { topicId: b.id, direction: "up" })).rejects.toThrow("没有权限");
    expect((await moveTopic(actors.chief, { topicId: b.id, direction: "up" })).revalidate).toEqual(["topics"]);
    const after = await findTopicDirectory();
    expect(position(b.slug, after)).toBe(position(a.slug, after) - 1);
  });
});

describe("reader reads", () => {
  it("list ongoing topics first, and never hidden ones", async () => {
    const closed = await newTopic({ ongoing: "" });
    const ongoing = await newTopic();
    const hidden = await newTopic({ visible: "" });
    const { id: groupId } = await addTopicGroup(actors.chief, { topicId: hidden.id, title: "组" });
    const a = await article(`隐藏专题的文章 ${unique()}`);
    await addTopicItem(actors.chief, { groupId, kind: "article", targetId: a });

    const slugs = (await findTopicDirectory()).map((t) => t.slug);
    expect(slugs).toContain(closed.slug);
    expect(slugs.indexOf(ongoing.slug)).toBeLessThan(slugs.indexOf(closed.slug));
    expect(slugs).not.toContain(hidden.slug);
    expect((await findTopicTeasers(100)).map((t) => t.slug)).not.toContain(hidden.slug);
    expect((await findOngoingTopics(100)).map((t) => t.slug)).not.toContain(closed.slug);
    expect(await findVisibleTopic(hidden.slug)).toBeNull();
    expect(await findVisibleTopic("no-such-topic")).toBeNull();
    expect(await findVisibleTopic("../etc")).toBeNull();
    expect(await findArticleTopics(a)).toEqual([]);
  });
});
