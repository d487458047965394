import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import type { ArticleFormInput } from "@/lib/validation/article-form";
import { CommandError } from "../errors";
import { addCorrection } from "./add-correction";
import { publishArticle, returnArticle, submitArticle, withdrawArticle } from "./change-status";
import { requestArticlePush } from "./push-article";
import { saveArticle } from "./save-article";
import { makeActor } from "@/test/make-actor";

// Every newsroom command × every kind of caller, including signed out. The
// commands are what the server actions call; each checks the caller itself.

let home: { id: number; slug: string };
let other: { id: number; slug: string };
const actors: Record<string, Actor | null> = {};

beforeAll(async () => {
  await seedSiteDefaults();
  home = (await db.section.findUniqueOrThrow({ where: { slug: "xianshi" } })) as typeof home;
  other = (await db.section.findUniqueOrThrow({ where: { slug: "hangye" } })) as typeof other;
  const tag = Date.now();
  actors["signed out"] = null;
  actors["reporter (author)"] = await makeActor(`rep-a-${tag}`, "reporter", []);
  actors["reporter (not author)"] = await makeActor(`rep-b-${tag}`, "reporter", []);
  actors["editor (section)"] = await makeActor(`ed-a-${tag}`, "editor", [home.id]);
  actors["editor (other section)"] = await makeActor(`ed-b-${tag}`, "editor", [other.id]);
  actors.chief = await makeActor(`chief-${tag}`, "chief", []);
  actors.admin = await makeActor(`admin-${tag}`, "admin", []);
});

async function article(status: "draft" | "submitted" | "published") {
  const { id } = await createArticle({ title: `权限测试-${status}`, bodyHtml: "<p>正文</p>", sectionSlug: home.slug, status });
  const author = actors["reporter (author)"]!;
  return db.article.update({ where: { id }, data: { authorId: author.id }, select: { id: true, version: true } });
}

function form(overrides: Partial<ArticleFormInput> = {}): ArticleFormInput {
  return {
    id: null,
    version: null,
    title: "新稿件",
    subtitle: "",
    summary: "",
    bodyHtml: "<p>内容</p>",
    sectionId: home.id,
    source: "",
    dateline: "本港讯",
    reporters: [],
    tags: [],
    coverImageId: null,
    isHeadline: false,
    isFeatured: false,
    isBreaking: false,
    ...overrides,
  };
}

type Command = (actor: Actor | null) => Promise<unknown>;

const commands: Record<string, Command> = {
  "create draft": (a) => saveArticle(a, form()),
  "edit own draft": async (a) => {
    const art = await article("draft");
    return saveArticle(a, form({ id: art.id, version: art.version, title: "改过的标题" }));
  },
  "edit published": async (a) => {
    const art = await article("published");
    return saveArticle(a, form({ id: art.id, version: art.version, title: "改过的标题" }));
  },
  submit: async (a) => {
    const art = await article("draft");
    return submitArticle(a, art);
  },
  publish: async (a) => {
    const art = await article("submitted");
    return publishArticle(a, art);
  },
  schedule: async (a) => {
    const art = await article("submitted");
    return publishArticle(a, { ...art, scheduledAt: new Date(Date.now() + 3_600_000) });
  },
  withdraw: async (a) => {
    const art = await article("published");
    return withdrawArticle(a, art);
  },
  "return to writer": async (a) => {
    const art = await article("submitted");
    return returnArticle(a, art);
  },
  push: async (a) => {
    const art = await article("published");
    return requestArticlePush(a, art.id);
  },
  correct: async (a) => {
    const art = await article("published");
    return addCorrection(a, { id: art.id, wrong: "15 个县市", corrected: "16 个县市" });
  },
};

// Who may do what: true = allowed, "forbidden" / "unauthenticated" = refused so.
const Y = true;
const F = "forbidden";
const U = "unauthenticated";
const matrix: Record<string, Record<string, true | string>> = {
  "create draft":     { "signed out": U, "reporter (author)": Y, "reporter (not author)": Y, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  "edit own draft":   { "signed out": U, "reporter (author)": Y, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  "edit published":   { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  submit:             { "signed out": U, "reporter (author)": Y, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  publish:            { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  schedule:           { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  withdraw:           { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  "return to writer": { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  push:               { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
  correct:            { "signed out": U, "reporter (author)": F, "reporter (not author)": F, "editor (section)": Y, "editor (other section)": F, chief: Y, admin: Y },
};

describe("authorization matrix", () => {
  for (const [name, run] of Object.entries(commands)) {
    for (const [who, expected] of Object.entries(matrix[name])) {
      it(`${name} × ${who}: ${expected === true ? "allowed" : expected}`, async () => {
        const before = await db.auditLog.count();
        const attempt = run(actors[who]);
        if (expected === true) {
          await expect(attempt).resolves.toBeDefined();
          expect(await db.auditLog.count()).toBeGreaterThan(before);
        } else {
          await expect(attempt).rejects.toSatisfy((e) => e instanceof CommandError && e.code === expected);
          // A refusal writes nothing to the log of changes.
          expect(await db.auditLog.count()).toBe(before);
        }
      });
    }
  }
});
