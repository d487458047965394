import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { findPublishedArticle } from "@/lib/data/articles/get-article";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { articleFormSchema, fieldErrorsOf } from "@/lib/validation/article-form";
import { CommandError } from "../errors";
import { publishArticle, publishDueArticles, submitArticle, withdrawArticle } from "./change-status";
import { saveArticle } from "./save-article";

let sectionId: number;
let editorA: Actor;
let editorB: Actor;
let reporter: Actor;

function formData(fields: Record<string, string>) {
  return articleFormSchema.parse({ id: "", version: "", subtitle: "", summary: "", source: "", dateline: "", reporters: "", tags: "", coverImageId: "", sectionId: String(sectionId), ...fields });
}

beforeAll(async () => {
  await seedSiteDefaults();
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "zonghe" } })).id;
  const mk = async (username: string, role: Actor["role"]) => {
    const u = await db.user.create({ data: { username, displayName: username, role, sections: { create: role === "editor" ? [{ sectionId }] : [] } } });
    return { id: u.id, username, displayName: username, role, sectionIds: role === "editor" ? [sectionId] : [] } as Actor;
  };
  const t = Date.now();
  editorA = await mk(`wf-a-${t}`, "editor");
  editorB = await mk(`wf-b-${t}`, "editor");
  reporter = await mk(`wf-r-${t}`, "reporter");
});

describe("writing and publishing", () => {
  it("goes draft → submitted → published → withdrawn, recording the publishing editor", async () => {
    const draft = await saveArticle(reporter, formData({ title: "丹寨蜡染进校园", bodyHtml: "<p>学生们学习蜡染。</p>", reporters: "王芳 李强", tags: "丹寨, 非遗" }));
    expect(await findPublishedArticle(draft.id)).toBeNull();
    const submitted = await submitArticle(reporter, draft);
    const published = await publishArticle(editorA, submitted);
    expect(published.revalidate).toEqual(expect.arrayContaining([`article:${draft.id}`, "section:zonghe", "home"]));
    const page = await findPublishedArticle(draft.id);
    expect(page).toMatchObject({ title: "丹寨蜡染进校园", editorName: editorA.displayName, reporters: ["王芳", "李强"] });
    expect(page!.tags.sort()).toEqual(["丹寨", "非遗"].sort());
    await withdrawArticle(editorA, published);
    expect(await findPublishedArticle(draft.id)).toBeNull();
  });

  it("cleans script out of a body before saving it", async () => {
    const saved = await saveArticle(editorA, formData({ title: "脚本测试", bodyHtml: '<p>正文<img src=x onerror="alert(1)"><script>alert(2)</script></p><a href="javascript:alert(3)">点</a>' }));
    const row = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.bodyHtml).not.toMatch(/script|onerror|javascript:|alert/);
  });

  it("refuses to save over a newer save and keeps both texts", async () => {
    const created = await saveArticle(editorA, formData({ title: "原稿", bodyHtml: "<p>原文</p>" }));
    // Both editors open version 1; A saves first.
    await saveArticle(editorA, formData({ id: String(created.id), version: "1", title: "甲的修改", bodyHtml: "<p>甲的文本</p>" }));
    const attempt = saveArticle(editorB, formData({ id: String(created.id), version: "1", title: "乙的修改", bodyHtml: "<p>乙的文本</p>" }));
    await expect(attempt).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "conflict" && /第2版/.test(e.message));

    const row = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe("甲的修改");
    const revisions = await db.articleRevision.findMany({ where: { articleId: created.id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => r.note)).toEqual(["新建", "保存", "冲突未保存"]);
    expect(revisions[2]).toMatchObject({ title: "乙的修改", bodyHtml: "<p>乙的文本</p>", authorId: editorB.id });
  });

  it("publishes scheduled articles when their time comes, once", async () => {
    const at = new Date(Date.now() + 3_600_000);
    const created = await saveArticle(editorA, formData({ title: "定时稿件" }));
    const scheduled = await publishArticle(editorA, { ...created, scheduledAt: at });
    expect(scheduled.status).toBe("scheduled");
    expect((await publishDueArticles(new Date())).published).not.toContain(created.id);
    const due = await publishDueArticles(new Date(at.getTime() + 1000));
    expect(due.published).toContain(created.id);
    expect(due.revalidate).toContain(`article:${created.id}`);
    expect((await publishDueArticles(new Date(at.getTime() + 2000))).published).not.toContain(created.id);
    const page = await findPublishedArticle(created.id);
    expect(page?.publishedAt).toBe(at.toISOString());
  });

  it("ignores 头条/推荐 flags from anyone but the chief editor", async () => {
    const saved = await saveArticle(editorA, formData({ title: "想上头条", isHeadline: "on", isFeatured: "on" }));
    const row = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.isHeadline).toBe(false);
    expect(row.isFeatured).toBe(false);
  });
});

describe("the article form", () => {
  it("explains bad input in Chinese, field by field", () => {
    const result = articleFormSchema.safeParse({ id: "-5", version: "", title: "", sectionId: "abc", bodyHtml: "", reporters: "甲".repeat(31), tags: "" });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.title).toBe("请填写标题");
    expect(errors.sectionId).toBe("请选择栏目");
    expect(errors.id).toBe("编号无效");
    expect(errors.reporters).toBe("作者姓名过长");
    const long = articleFormSchema.safeParse({ id: "", version: "", title: "标".repeat(101), sectionId: "1" });
    expect(fieldErrorsOf(long.error!).title).toBe("标题不能超过100个字");
  });

  it("refuses unknown sections and forged ids", async () => {
    await expect(saveArticle(editorA, formData({ title: "x", sectionId: "99999" }))).rejects.toSatisfy(
      (e) => e instanceof CommandError && e.fieldErrors.sectionId === "栏目不存在",
    );
    await expect(saveArticle(editorA, formData({ id: "99999999", version: "1", title: "x" }))).rejects.toSatisfy(
      (e) => e instanceof CommandError && e.code === "not-found",
    );
  });
});
