import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { findPublishedArticle } from "@/lib/data/articles/get-article";
import { listPublishedCorrections } from "@/lib/data/corrections/list-corrections";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { articleJsonLd } from "@/lib/seo/article-json-ld";
import { makeActor } from "@/test/actors";
import { articleFormSchema } from "@/lib/validation/article-form";
import { correctionSchema } from "@/lib/validation/correction";
import { CommandError } from "../errors";
import { addCorrection } from "./add-correction";
import { publishArticle, withdrawArticle } from "./change-status";
import { saveArticle } from "./save-article";

let sectionId: number;
let editor: Actor;
let otherEditor: Actor;
let reporter: Actor;

function articleForm(fields: Record<string, string>) {
  return articleFormSchema.parse({ id: "", version: "", subtitle: "", summary: "", source: "", dateline: "", reporters: "", tags: "", coverImageId: "", sectionId: String(sectionId), ...fields });
}

async function publishedArticle(title: string) {
  const draft = await saveArticle(editor, articleForm({ title, bodyHtml: "<p>全州共有 16 个县市。</p>" }));
  await publishArticle(editor, { id: draft.id, version: draft.version });
  return draft;
}

const correction = (id: number) => correctionSchema.parse({ id: String(id), wrong: "全州共有 15 个县市", corrected: "全州共有 16 个县市" });

beforeAll(async () => {
  await seedSiteDefaults();
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "zonghe" } })).id;
  const other = (await db.section.findUniqueOrThrow({ where: { slug: "shizheng" } })).id;
  const t = Date.now();
  editor = await makeActor(`corr-e-${t}`, "editor", [sectionId]);
  otherEditor = await makeActor(`corr-o-${t}`, "editor", [other]);
  reporter = await makeActor(`corr-r-${t}`, "reporter", []);
});

describe("更正", () => {
  it("shows under the title with its date, moves dateModified, lists on /corrections and is audited", async () => {
    const article = await publishedArticle("更正测试：县市数量");
    const before = await findPublishedArticle(article.id);
    const versionBefore = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).version;
    const outcome = await addCorrection(editor, correction(article.id), "203.0.113.5");
    expect(outcome.revalidate).toEqual(expect.arrayContaining([`article:${article.id}`, "section:zonghe", "home", "corrections"]));

    const page = await findPublishedArticle(article.id);
    expect(page!.corrections).toEqual([expect.objectContaining({ wrong: "全州共有 15 个县市", corrected: "全州共有 16 个县市" })]);
    expect(Date.parse(page!.modifiedAt)).toBeGreaterThanOrEqual(Date.parse(before!.modifiedAt));
    expect(page!.modifiedAt).toBe(page!.corrections[0].createdAt);
    const ld = articleJsonLd({ article: page!, url: `/article/${article.id}`, siteName: "黔东南信息港", siteUrl: "http://localhost:3000", logoUrl: "/icon.png" });
    expect(ld.correction).toEqual([{ "@type": "CorrectionComment", text: "本文原稿中“全州共有 15 个县市”有误，应为“全州共有 16 个县市”。", datePublished: expect.stringMatching(/\+08:00$/) }]);
    // The text and its version are untouched: an editor with the article open is not refused.
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.version).toBe(versionBefore);

    expect((await listPublishedCorrections()).map((c) => c.article.id)).toContain(article.id);
    const audit = await db.auditLog.findFirst({ where: { action: "article.correct", targetId: article.id } });
    expect(audit).toMatchObject({ userId: editor.id, ip: "203.0.113.5" });
  });

  it("is refused to reporters and to editors of other sections, and for unpublished articles", async () => {
    const article = await publishedArticle("更正测试：权限");
    for (const actor of [reporter, otherEditor, null]) {
      await expect(addCorrection(actor, correction(article.id))).rejects.toBeInstanceOf(CommandError);
    }
    const draft = await saveArticle(editor, articleForm({ title: "更正测试：草稿", bodyHtml: "<p>草稿</p>" }));
    await expect(addCorrection(editor, correction(draft.id))).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "invalid");
    expect(await db.articleCorrection.count({ where: { articleId: { in: [article.id, draft.id] } } })).toBe(0);
  });

  it("leaves /corrections when its article is withdrawn", async () => {
    const article = await publishedArticle("更正测试：撤稿");
    await addCorrection(editor, correction(article.id));
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await withdrawArticle(editor, { id: article.id, version: current.version });
    expect((await listPublishedCorrections()).map((c) => c.article.id)).not.toContain(article.id);
  });

  it("asks for both texts, within 500 characters", () => {
    expect(correctionSchema.safeParse({ id: "1", wrong: " ", corrected: "对" }).success).toBe(false);
    expect(correctionSchema.safeParse({ id: "1", wrong: "错", corrected: "对".repeat(501) }).success).toBe(false);
  });
});
