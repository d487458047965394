import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { CommandError } from "../errors";
import { checkContributionLimit, contributionKey, contributionLimits } from "./contribution-limit";
import { CONTRIBUTION_SOURCE, convertSubmissionToDraft, rejectSubmission } from "./convert-submission";
import { listSubmissions, parseSubmissionFilters } from "./list-submissions";
import { submitContribution, type ContributionResult } from "./submit-contribution";
import { makeActor } from "@/test/make-actor";

// Against the real migrated test database and a temporary MEDIA_DIR (see
// vitest.config.ts). Every submission comes from its own address unless a
// test is about the limit, so the limit never leaks from one test to another.

let home: { id: number };
let other: { id: number };
let zonghe: { id: number };
const actors: Record<string, Actor | null> = {};
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  await seedSiteDefaults();
  const section = (slug: string) => db.section.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  [home, other, zonghe] = await Promise.all([section("xianshi"), section("hangye"), section("zonghe")]);
  const tag = Date.now().toString(36);
  actors["signed out"] = null;
  actors.reporter = await makeActor(`sub-rep-${tag}`, "reporter", []);
  actors.editor = await makeActor(`sub-ed-${tag}`, "editor", [home.id, other.id]);
  actors.chief = await makeActor(`sub-chief-${tag}`, "chief", []);
  actors.admin = await makeActor(`sub-admin-${tag}`, "admin", []);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

async function picture(width: number, height: number, name: string): Promise<File> {
  const data = await sharp({ create: { width, height, channels: 3, background: "#3a7d44" } }).png().toBuffer();
  return new File([new Uint8Array(data)], name, { type: "image/png" });
}

function form(overrides: Record<string, string> = {}) {
  return {
    name: "王 小明",
    contact: "138 0000 1234",
    title: "凯里街头出现一群白鹭",
    body: "今天早上七点多，我在凯里市大十字附近看到一群白鹭在河边觅食，吸引了不少市民驻足拍照。",
    website: "",
    ...overrides,
  };
}

function expectOk(result: ContributionResult): number {
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  expect(result.id).not.toBeNull();
  return result.id!;
}

async function newSubmission(overrides: Record<string, string> = {}, files: File[] = []) {
  return expectOk(await submitContribution(form(overrides), { ip: freshIp(), files }));
}

describe("submitContribution", () => {
  it("stores a contribution as plain text, with its pictures in order", async () => {
    const ip = freshIp();
    const files = [await picture(64, 48, "a.png"), await picture(48, 64, "b.png")];
    const id = expectOk(await submitContribution(form({ title: "  标题\n换行  " }), { ip, files }));
    const row = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "王 小明", contact: "138 0000 1234", title: "标题 换行", status: "new", ip, articleId: null });
    const ids = row.imageIds.split(",").map(Number);
    expect(ids).toHaveLength(2);
    const images = await db.image.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(images.map((i) => [i.width, i.height])).toEqual([[64, 48], [48, 64]]);
    expect(images.every((i) => i.key.startsWith("contributions/") && !i.hasAvif && i.uploadedById === null)).toBe(true);
  });

  it("honeypot filled: answers success but stores nothing and does not count", async () => {
    const ip = freshIp();
    const [submissions, images] = [await db.submission.count(), await db.image.count()];
    const result = await submitContribution(form({ website: "http://spam.example" }), { ip, files: [await picture(32, 32, "x.png")] });
    expect(result).toEqual({ ok: true, id: null });
    expect(await db.submission.count()).toBe(submissions);
    expect(await db.image.count()).toBe(images);
    expect(await db.loginAttempt.count({ where: { key: contributionKey(ip) } })).toBe(0);
  });

  it("bad input: a Chinese message beside each field, nothing stored", async () => {
    const before = await db.submission.count();
    const result = await submitContribution(
      form({ name: "", contact: "abcdef", title: "题".repeat(101), body: "太短了" }),
      { ip: freshIp() },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    expect(result.fieldErrors).toEqual({
      name: "请填写姓名",
      contact: "请填写有效的电话号码或电子邮箱",
      title: "标题不能超过100个字",
      body: "正文至少需要20个字",
    });
    expect(await db.submission.count()).toBe(before);
  });

  it("missing fields and obviously bad contacts are refused", async () => {
    const missing = await submitContribution({}, { ip: freshIp() });
    expect(!missing.ok && missing.fieldErrors).toMatchObject({ name: "请填写姓名", contact: "请填写联系方式", title: "请填写标题", body: "请填写正文" });
    for (const contact of ["12345", "1234567a", "a@b", "me@@example.com", "电话电话电话"]) {
      const result = await submitContribution(form({ contact }), { ip: freshIp() });
      expect(!result.ok && result.fieldErrors.contact, contact).toBeTruthy();
    }
    for (const contact of ["13800001234", "0855-8222222", "+86 138 0000 1234", "reader@mail.qq.com"]) {
      expectOk(await submitContribution(form({ contact }), { ip: freshIp() }));
    }
  });

  it("pictures: more than three, or one that is not a picture, is a clear error and nothing is stored", async () => {
    const before = await db.submission.count();
    const four = await Promise.all([1, 2, 3, 4].map((n) => picture(20, 20, `${n}.png`)));
    const tooMany = await submitContribution(form(), { ip: freshIp(), files: four });
    expect(!tooMany.ok && tooMany.fieldErrors.images).toBe("最多只能上传3张图片");

    const fake = new File([new TextEncoder().encode("<svg onload=alert(1)>")], "evil.png", { type: "image/png" });
    const notImage = await submitContribution(form(), { ip: freshIp(), files: [await picture(20, 20, "ok.png"), fake] });
    expect(!notImage.ok && notImage.fieldErrors.images).toBe("第2张图片（evil.png）：不是有效的图片文件");
    expect(await db.submission.count()).toBe(before);
  });

  it("an empty file input (one nameless empty file) is no picture at all", async () => {
    const id = await newSubmission({}, [new File([], "", { type: "application/octet-stream" })]);
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).imageIds).toBe("");
  });
});

describe("contribution limit", () => {
  it("defaults to 3 per 10 minutes and 10 a day; the environment can raise them", () => {
    expect(contributionLimits({})).toEqual({ per10Minutes: 3, perDay: 10 });
    expect(contributionLimits({ CONTRIBUTION_LIMIT_PER_10_MIN: "50" })).toEqual({ per10Minutes: 50, perDay: 50 });
    expect(contributionLimits({ CONTRIBUTION_LIMIT_PER_10_MIN: "nonsense", CONTRIBUTION_LIMIT_PER_DAY: "0" })).toEqual({ per10Minutes: 3, perDay: 10 });
  });

  it("the 4th submission from one address within 10 minutes is refused with a clear message", async () => {
    vi.stubEnv("CONTRIBUTION_LIMIT_PER_10_MIN", undefined);
    vi.stubEnv("CONTRIBUTION_LIMIT_PER_DAY", undefined);
    const ip = freshIp();
    for (let i = 0; i < 3; i++) expectOk(await submitContribution(form({ title: `限流测试${i}` }), { ip }));
    const fourth = await submitContribution(form({ title: "限流测试3" }), { ip });
    expect(fourth).toMatchObject({ ok: false, code: "rate-limited" });
    expect(!fourth.ok && fourth.message).toBe("投稿过于频繁，请在 10 分钟后再试。");
    expect(await db.submission.count({ where: { ip } })).toBe(3);
    // Another address is not affected; the same one may send again once the window has passed.
    expectOk(await submitContribution(form(), { ip: freshIp() }));
    expect(await checkContributionLimit(ip, Date.now() + 10 * 60_000 + 1000)).toEqual({ allowed: true });
  });

  it("refused submissions do not count", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await submitContribution(form({ body: "短" }), { ip });
    expectOk(await submitContribution(form(), { ip }));
  });

  it("at most 10 a day, however spread out", async () => {
    vi.stubEnv("CONTRIBUTION_LIMIT_PER_DAY", undefined);
    const ip = freshIp();
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    await db.loginAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ key: contributionKey(ip), success: true, createdAt: hourAgo })) });
    const result = await submitContribution(form(), { ip });
    expect(!result.ok && result.message).toBe("今天的投稿次数已达上限，请在 23 小时后再试。");
  });
});

describe("convertSubmissionToDraft", () => {
  const refused = { "signed out": "unauthenticated", reporter: "forbidden" } as const;
  for (const [who, code] of Object.entries(refused)) {
    it(`${who}: refused (${code}), nothing changes`, async () => {
      const id = await newSubmission();
      const articles = await db.article.count();
      const error = await convertSubmissionToDraft(actors[who], { id }).catch((e) => e);
      expect(error).toBeInstanceOf(CommandError);
      expect((error as CommandError).code).toBe(code);
      await expect(rejectSubmission(actors[who], { id })).rejects.toMatchObject({ code });
      expect(await db.article.count()).toBe(articles);
      expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe("new");
    });
  }

  const allowed = { editor: () => home.id, chief: () => zonghe.id, admin: () => zonghe.id };
  for (const [who, section] of Object.entries(allowed)) {
    it(`${who}: a draft with the submission's title, escaped body, byline, source and pictures`, async () => {
      const actor = actors[who]!;
      const files = [await picture(80, 60, "1.png"), await picture(60, 80, "2.png"), await picture(50, 50, "3.png")];
      const body = `第一段：白鹭在河边觅食，市民纷纷驻足。\n\n<script>alert("x")</script> & <b>粗体</b>\n第三段 "引号" 'apos'`;
      const id = await newSubmission({ title: `白鹭回来了-${who}`, body }, files);
      const imageIds = (await db.submission.findUniqueOrThrow({ where: { id } })).imageIds.split(",").map(Number);

      const draft = await convertSubmissionToDraft(actor, { id });
      const article = await db.article.findUniqueOrThrow({
        where: { id: draft.id },
        include: { source: true, reporters: { include: { reporter: true } }, revisions: true },
      });
      expect(article).toMatchObject({ title: `白鹭回来了-${who}`, status: "draft", authorId: actor.id, sectionId: section(), coverImageId: imageIds[0] });
      expect(article.source?.name).toBe(CONTRIBUTION_SOURCE);
      expect(article.reporters.map((r) => r.reporter.name)).toEqual(["王小明"]);
      expect(article.bodyHtml).not.toMatch(/<script|<b>/);
      expect(article.bodyHtml).toContain("<p>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;粗体&lt;/b&gt;</p>");
      expect(article.bodyHtml.match(/<p>/g)).toHaveLength(3);
      // The cover is not repeated in the body; the other two follow the text.
      const figures = [...article.bodyHtml.matchAll(/<figure><img src="(\/media\/contributions\/[^"]+)" srcset="[^"]+ \d+w"/g)];
      expect(figures).toHaveLength(2);
      const keys = await db.image.findMany({ where: { id: { in: imageIds } }, select: { id: true, key: true } });
      const keyOf = (n: number) => keys.find((k) => k.id === n)!.key;
      expect(figures.map((f) => f[1].startsWith(`/media/${keyOf(imageIds[1])}-`) || f[1].startsWith(`/media/${keyOf(imageIds[2])}-`))).toEqual([true, true]);
      expect(article.bodyHtml.indexOf(keyOf(imageIds[1]))).toBeLessThan(article.bodyHtml.indexOf(keyOf(imageIds[2])));
      expect(article.summary).toContain("第一段");
      expect(article.revisions).toHaveLength(1);

      expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "drafted", articleId: draft.id });
      const audit = await db.auditLog.findFirst({ where: { action: "submission.convert", targetId: draft.id } });
      expect(audit).toMatchObject({ userId: actor.id, targetType: "article" });
    });
  }

  it("converting the same submission twice is refused with a clear message", async () => {
    const id = await newSubmission();
    const first = await convertSubmissionToDraft(actors.editor, { id });
    const articles = await db.article.count();
    await expect(convertSubmissionToDraft(actors.chief, { id })).rejects.toMatchObject({
      code: "conflict",
      message: `这篇投稿已转为草稿（稿件 #${first.id}），不能重复转稿`,
    });
    await expect(rejectSubmission(actors.chief, { id })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.article.count()).toBe(articles);
  });

  it("two editors at once: one draft", async () => {
    const id = await newSubmission();
    const articles = await db.article.count();
    const results = await Promise.allSettled([convertSubmissionToDraft(actors.editor, { id }), convertSubmissionToDraft(actors.chief, { id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.article.count()).toBe(articles + 1);
  });

  it("a rejected submission cannot be converted; an unknown one is not found", async () => {
    const id = await newSubmission();
    await rejectSubmission(actors.editor, { id });
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe("rejected");
    expect(await db.auditLog.findFirst({ where: { action: "submission.reject", targetId: id } })).not.toBeNull();
    await expect(convertSubmissionToDraft(actors.editor, { id })).rejects.toMatchObject({ code: "conflict", message: "这篇投稿已标记为不采用，不能再处理" });
    await expect(convertSubmissionToDraft(actors.editor, { id: 999_999_999 })).rejects.toMatchObject({ code: "not-found" });
  });

  it("an editor without sections cannot convert", async () => {
    const lonely = await makeActor(`sub-lonely-${Date.now().toString(36)}`, "editor", []);
    const id = await newSubmission();
    await expect(convertSubmissionToDraft(lonely, { id })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("listSubmissions", () => {
  it("newest first, by status, with counts and pictures", async () => {
    const older = await newSubmission({ title: "较早的投稿" });
    const newer = await newSubmission({ title: "较新的投稿" }, [await picture(40, 40, "p.png")]);
    const list = await listSubmissions(actors.editor, parseSubmissionFilters({}));
    const ids = list.items.map((i) => i.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(list.items.every((i) => i.status === "new")).toBe(true);
    expect(list.items.find((i) => i.id === newer)!.images).toHaveLength(1);
    expect(list.counts.new).toBe(list.total);
    expect(list.counts.drafted).toBeGreaterThan(0);
    const rejected = await listSubmissions(actors.editor, parseSubmissionFilters({ status: "rejected", page: "1" }));
    expect(rejected.items.every((i) => i.status === "rejected")).toBe(true);
    expect(parseSubmissionFilters({ status: "bogus", page: "-1" })).toEqual({ status: "new", page: 1 });
  });
});
