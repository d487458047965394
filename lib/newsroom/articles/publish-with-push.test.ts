import { beforeAll, describe, expect, it } from "vitest";
import { seedSiteDefaults } from "@/demo/seed-demo";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { articleFormSchema } from "@/lib/validation/article-form";
import { makeActor } from "@/test/make-actor";
import { publishArticleWithPush } from "./publish-with-push";
import { saveArticle } from "./save-article";

// The publish form's rules: 推送 only with an immediate publication, and a
// refused push never undoes the publication.

let editor: Actor;
let sectionId = 0;

async function draft(title: string) {
  const input = articleFormSchema.parse({ id: "", version: "", title, subtitle: "", summary: "", bodyHtml: "<p>正文。</p>", source: "", dateline: "", reporters: "", tags: "", coverImageId: "", sectionId: String(sectionId) });
  return saveArticle(editor, input);
}

beforeAll(async () => {
  await seedSiteDefaults();
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "zonghe" } })).id;
  editor = await makeActor(`pwp-${Date.now().toString(36)}`, "editor", [sectionId]);
});

describe("publishArticleWithPush", () => {
  it("refuses 推送 with a scheduled time, and publishes nothing", async () => {
    const saved = await draft("定时加推送");
    const attempt = publishArticleWithPush(editor, { ...saved, scheduledAt: new Date(Date.now() + 3_600_000), push: true }, { ip: "" });
    await expect(attempt).rejects.toMatchObject({ code: "invalid", fieldErrors: { push: "定时发布时不能勾选推送" } });
    expect((await db.article.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("draft");
  });

  it("publishes without a push, schedules, and claims a push once", async () => {
    const plain = await draft("只发布");
    expect(await publishArticleWithPush(editor, { ...plain, scheduledAt: null, push: false }, { ip: "" })).toMatchObject({ message: "已发布", pushClaimed: false });

    const later = await draft("定时发布");
    const scheduled = await publishArticleWithPush(editor, { ...later, scheduledAt: new Date(Date.now() + 3_600_000), push: false }, { ip: "" });
    expect(scheduled).toMatchObject({ status: "scheduled", message: "已设定定时发布", pushClaimed: false });

    const pushed = await draft("发布并推送");
    expect(await publishArticleWithPush(editor, { ...pushed, scheduledAt: null, push: true }, { ip: "" })).toMatchObject({ message: "已发布，正在推送", pushClaimed: true });
    expect((await db.article.findUniqueOrThrow({ where: { id: pushed.id } })).pushedAt).not.toBeNull();
  });
});
