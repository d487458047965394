import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createArticle } from "@/lib/data/articles/create-article";
import { seedSiteDefaults } from "@/demo/seed-demo";

// The authorization matrix: every server action (every export of every
// "use server" module under app/) and every newsroom route handler, called
// directly — as a forged request would, not through the UI — by each kind of
// caller. The list of actions is read from the code: an action or handler
// without a row here fails the first test.
//
// What is stubbed is Next's request context only (the session cookie, the
// request headers, cache revalidation); the session is still judged by
// lib/auth/current-actor.ts against the real database, and every command runs
// for real against the migrated test database.

const session = vi.hoisted(() => ({ current: null as null | { id: number; sv: number }, ip: 0 }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.current ? { user: session.current, expires: "" } : null),
}));
vi.mock("next/headers", () => ({
  // A fresh address per call: the public forms' per-address limits must not decide a cell.
  headers: async () => new Headers({ "x-qdn-client-address": `198.18.${Math.floor(session.ip / 250)}.${session.ip++ % 250}` }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  revalidatePath: () => undefined,
}));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => undefined }));

const CALLERS = ["anonymous", "reporter", "editor of another section", "editor of the section", "admin"] as const;
type Caller = (typeof CALLERS)[number];
type Verdict = "allow" | "deny";
/** One verdict per caller, in CALLERS order: "D" deny, "A" allow. */
type Row = { expect: string; form?: (f: Fixtures) => Promise<Record<string, string>> };

const A = "allow";
const verdicts = (code: string): Record<Caller, Verdict> =>
  Object.fromEntries(CALLERS.map((c, i) => [c, code[i] === "A" ? A : "deny"])) as Record<Caller, Verdict>;

// ── discovery ────────────────────────────────────────────────────────────────
const appDir = path.resolve(import.meta.dirname, "..", "app");
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const files = walk(appDir).filter((f) => /\.(ts|tsx)$/.test(f));
const actionModules = files.filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));
const newsroomRoutes = files.filter((f) => f.includes(`${path.sep}(newsroom)${path.sep}`) && f.endsWith(`${path.sep}route.ts`));
const rel = (f: string) => path.relative(appDir, f).split(path.sep).join("/");

// ── callers and fixtures ─────────────────────────────────────────────────────
const run = Date.now().toString(36);
let seq = 0;
const unique = (what: string) => `${what}-${run}-${seq++}`;
const ids = {} as Record<Caller, number | null> & { home: number; other: number };

type Fixtures = ReturnType<typeof fixtures>;
function fixtures() {
  const reporterId = () => ids.reporter!;
  return {
    article: async (status: "draft" | "submitted" | "published") => {
      const { id } = await createArticle({ title: unique("权限矩阵稿件"), bodyHtml: "<p>正文</p>", sectionSlug: "xianshi", status, publishedAt: status === "published" ? new Date() : null });
      return db.article.update({ where: { id }, data: { authorId: reporterId() }, select: { id: true, version: true } });
    },
    revision: async (articleId: number) => {
      const a = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true, bodyHtml: true, sectionId: true, status: true, version: true } });
      return db.articleRevision.create({ data: { articleId, version: a.version, title: a.title, bodyHtml: a.bodyHtml, sectionId: a.sectionId, status: a.status }, select: { id: true } });
    },
    photoSet: async (status: "draft" | "published") => {
      const image = await db.image.create({ data: { key: unique("matrix/photo"), width: 640, height: 480, widths: "320,640" }, select: { id: true } });
      return db.photoSet.create({
        data: {
          title: unique("图集"),
          sectionId: ids.home,
          status,
          publishedAt: status === "published" ? new Date() : null,
          authorId: reporterId(),
          coverImageId: image.id,
          photos: { create: [{ imageId: image.id, position: 0 }] },
        },
        select: { id: true },
      });
    },
    mediaItem: (status: "draft" | "published", subtitles = "") =>
      db.mediaItem.create({
        data: { kind: "video", title: unique("视听"), sectionId: ids.home, fileName: `${unique("matrix")}.mp4`, mimeType: "video/mp4", fileSize: 1024, durationSeconds: 60, status, subtitlesFile: subtitles, publishedAt: status === "published" ? new Date() : null },
        select: { id: true },
      }),
    topicGroup: async () => {
      const topic = await db.topic.create({ data: { slug: unique("zhuanti").toLowerCase(), title: "矩阵专题" }, select: { id: true } });
      await db.topicGroup.create({ data: { topicId: topic.id, title: "第一组", position: 0 } });
      const group = await db.topicGroup.create({ data: { topicId: topic.id, title: "第二组", position: 1 }, select: { id: true } });
      return { topicId: topic.id, groupId: group.id };
    },
    job: (status: "pending" | "published") =>
      db.jobPost.create({
        data: { position: "教师", employer: unique("凯里一中"), county: "kaili", category: "jiaoyu", expiresAt: new Date(Date.now() + 30 * 86_400_000), status, contactPhone: "0855-8221234" },
        select: { id: true },
      }),
    submission: () =>
      db.submission.create({ data: { name: "读者", contact: "13800000000", title: unique("投稿"), body: "凯里市今天举行了一场读者来稿中描述的活动，内容详实。" }, select: { id: true } }),
    user: () => db.user.create({ data: { username: unique("target"), displayName: "目标", role: "reporter" }, select: { id: true } }),
  };
}

const jobFields = (expiresOn = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)) => ({
  position: "初中数学教师",
  employer: "凯里市第一中学",
  county: "kaili",
  category: "jiaoyu",
  salaryMin: "4000",
  salaryMax: "6000",
  headcount: "2",
  requirements: "本科及以上学历",
  description: "负责初中数学教学",
  contactName: "王老师",
  contactPhone: "0855-8221234",
  contactEmail: "",
  expiresOn,
});

// ── the matrix ───────────────────────────────────────────────────────────────
// Columns: anonymous, reporter, editor of another section, editor of the section (县市), admin.
const ACTIONS: Record<string, Record<string, Row>> = {
  "(newsroom)/newsroom/articles/actions.ts": {
    saveArticleAction: { expect: "DADAA", form: async () => ({ id: "", version: "", title: unique("新稿"), bodyHtml: "<p>内容</p>", sectionId: String(ids.home) }) },
    submitArticleAction: { expect: "DADAA", form: async (f) => ref(await f.article("draft")) },
    publishArticleAction: { expect: "DDDAA", form: async (f) => ref(await f.article("submitted")) },
    pushArticleAction: { expect: "DDDAA", form: async (f) => ref(await f.article("published")) },
    withdrawArticleAction: { expect: "DDDAA", form: async (f) => ref(await f.article("published")) },
    addCorrectionAction: {
      expect: "DDDAA",
      form: async (f) => ({ id: String((await f.article("published")).id), wrong: "原稿有误", corrected: "更正后的内容" }),
    },
    returnArticleAction: { expect: "DDDAA", form: async (f) => ref(await f.article("submitted")) },
    restoreRevisionAction: {
      expect: "DADAA",
      form: async (f) => {
        const a = await f.article("draft");
        return { ...ref(a), revisionId: String((await f.revision(a.id)).id) };
      },
    },
  },
  "(newsroom)/newsroom/photos/actions.ts": {
    savePhotoSetAction: { expect: "DADAA", form: async () => ({ id: "", title: unique("新图集"), sectionId: String(ids.home), photos: "[]" }) },
    publishPhotoSetAction: { expect: "DDDAA", form: async (f) => ({ id: String((await f.photoSet("draft")).id) }) },
    withdrawPhotoSetAction: { expect: "DDDAA", form: async (f) => ({ id: String((await f.photoSet("published")).id) }) },
  },
  "(newsroom)/newsroom/video/actions.ts": {
    saveMediaItemAction: { expect: "DADAA", form: async () => ({ id: "", title: unique("新节目"), sectionId: String(ids.home), kind: "video" }) },
    publishMediaItemAction: { expect: "DDDAA", form: async (f) => ({ id: String((await f.mediaItem("draft")).id) }) },
    withdrawMediaItemAction: { expect: "DDDAA", form: async (f) => ({ id: String((await f.mediaItem("published")).id) }) },
    deleteMediaItemAction: { expect: "DDDAA", form: async (f) => ({ id: String((await f.mediaItem("draft")).id) }) },
    removeSubtitlesAction: { expect: "DDDAA", form: async (f) => ({ id: String((await f.mediaItem("published", `matrix-${seq++}.vtt`)).id) }) },
  },
  "(newsroom)/newsroom/topics/actions.ts": {
    saveTopicAction: { expect: "DDDDA", form: async () => ({ id: "", slug: unique("zt").toLowerCase(), title: "新专题", ongoing: "on", visible: "on" }) },
    moveTopicAction: { expect: "DDDDA", form: async (f) => ({ topicId: String((await f.topicGroup()).topicId), direction: "up" }) },
    addTopicGroupAction: { expect: "DDDDA", form: async (f) => ({ topicId: String((await f.topicGroup()).topicId), title: "新分组" }) },
    renameTopicGroupAction: { expect: "DDDDA", form: async (f) => ({ groupId: String((await f.topicGroup()).groupId), title: "改名" }) },
    moveTopicGroupAction: { expect: "DDDDA", form: async (f) => ({ groupId: String((await f.topicGroup()).groupId), direction: "up" }) },
    removeTopicGroupAction: { expect: "DDDDA", form: async (f) => ({ groupId: String((await f.topicGroup()).groupId) }) },
    addTopicItemAction: {
      expect: "DDDDA",
      form: async (f) => ({ groupId: String((await f.topicGroup()).groupId), kind: "article", targetId: String((await f.article("published")).id) }),
    },
    moveTopicItemAction: { expect: "DDDDA", form: async (f) => ({ itemId: String(await topicItem(f)), direction: "up" }) },
    removeTopicItemAction: { expect: "DDDDA", form: async (f) => ({ itemId: String(await topicItem(f)) }) },
    pushTopicItemAction: { expect: "DDDDA", form: async (f) => ({ itemId: String(await topicItem(f)) }) },
  },
  "(newsroom)/newsroom/jobs/actions.ts": {
    saveJobAction: { expect: "DDAAA", form: async () => ({ id: "", ...jobFields() }) },
    approveJobAction: { expect: "DDAAA", form: async (f) => ({ id: String((await f.job("pending")).id) }) },
    rejectJobAction: { expect: "DDAAA", form: async (f) => ({ id: String((await f.job("pending")).id) }) },
    withdrawJobAction: { expect: "DDAAA", form: async (f) => ({ id: String((await f.job("published")).id) }) },
  },
  "(newsroom)/newsroom/submissions/actions.ts": {
    convertSubmissionAction: { expect: "DDAAA", form: async (f) => ({ id: String((await f.submission()).id) }) },
    rejectSubmissionAction: { expect: "DDAAA", form: async (f) => ({ id: String((await f.submission()).id) }) },
  },
  "(newsroom)/newsroom/users/actions.ts": {
    createUserAction: { expect: "DDDDA", form: async () => ({ username: unique("new").toLowerCase(), displayName: "新人", role: "reporter", password: "Qiandongnan2026" }) },
    updateUserAction: { expect: "DDDDA", form: async (f) => ({ id: String((await f.user()).id), displayName: "改名", role: "reporter", active: "on" }) },
    resetPasswordAction: { expect: "DDDDA", form: async (f) => ({ id: String((await f.user()).id), password: "Qiandongnan2027" }) },
  },
  "(newsroom)/newsroom/settings/actions.ts": {
    updateSiteSettingsAction: { expect: "DDDDA", form: async () => ({ siteName: "黔东南信息港", hotline: "0855-8220000" }) },
    updateSectionsAction: {
      expect: "DDDDA",
      form: async () => {
        // One seeded section as it is: other test files add sections of their own (past the form's 30, or with longer names).
        const sections = await db.section.findMany({ where: { channel: "news" }, select: { id: true, name: true, position: true }, orderBy: { id: "asc" }, take: 1 });
        return { sections: JSON.stringify(sections.map((s) => ({ id: s.id, name: s.name, position: s.position }))) };
      },
    },
  },
  "(newsroom)/newsroom/account/actions.ts": {
    signOutEverywhereAction: { expect: "DAAAA", form: async () => ({}) },
    // Every signed-in user changes their own password (knowing the current one).
    changeOwnPasswordAction: {
      expect: "DAAAA",
      form: async () => {
        const callers = Object.values(ids).filter((id): id is number => typeof id === "number");
        await db.user.updateMany({ where: { id: { in: callers } }, data: { passwordHash: await hashPassword("Juzhenmima2026") } });
        const next = unique("Xin1");
        return { currentPassword: "Juzhenmima2026", password: next, passwordAgain: next };
      },
    },
  },
  // The readers' forms: public by design, for everyone alike.
  "(site)/contribute/actions.ts": {
    submitContributionAction: { expect: "AAAAA", form: async () => ({ name: "读者", contact: "13800000000", title: unique("读者投稿"), body: "雷山县今天举办了苗年活动，现场热闹非凡，吸引了众多游客。" }) },
  },
  "(site)/jobs/post/actions.ts": {
    submitJobPostAction: { expect: "AAAAA", form: async () => ({ ...jobFields(), employer: unique("雷山茶厂") }) },
  },
};

async function topicItem(f: Fixtures) {
  const { groupId } = await f.topicGroup();
  const article = await f.article("published");
  await db.topicItem.create({ data: { groupId, position: 0, articleId: (await f.article("published")).id } });
  return (await db.topicItem.create({ data: { groupId, position: 1, articleId: article.id }, select: { id: true } })).id;
}

const ref = (a: { id: number; version: number }) => ({ id: String(a.id), version: String(a.version) });

// Route handlers: method → [verdicts, request maker]. Allowed calls may still
// be refused for their content (a text file is not a video); a refusal for
// permission is 401/403 (or 404 for an item the caller may not see).
type RouteRow = { expect: string; call: (f: Fixtures) => Promise<{ request: Request; params?: Record<string, string> }> };
const ROUTES: Record<string, Record<string, RouteRow>> = {
  "(newsroom)/newsroom/api/images/route.ts": {
    POST: {
      expect: "DAAAA",
      call: async () => {
        const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#c33" } }).png().toBuffer();
        const body = new FormData();
        body.set("file", new File([new Uint8Array(png)], "a.png", { type: "image/png" }));
        return { request: new Request("http://localhost/newsroom/api/images", { method: "POST", body }) };
      },
    },
  },
  // 数据: every signed-in role reads its own scope (reporters their items, editors their sections).
  "(newsroom)/newsroom/api/stats/live/route.ts": {
    GET: { expect: "DAAAA", call: async () => ({ request: new Request("http://localhost/newsroom/api/stats/live") }) },
  },
  "(newsroom)/newsroom/stats/export/route.ts": {
    GET: { expect: "DAAAA", call: async () => ({ request: new Request("http://localhost/newsroom/stats/export?table=referrers&range=7d") }) },
  },
  "(newsroom)/newsroom/api/media-items/[id]/file/route.ts": {
    POST: {
      expect: "DDDAA",
      call: async (f) => ({
        request: new Request("http://localhost/x", { method: "POST", body: "这不是视频", headers: { "content-type": "video/mp4" } }),
        params: { id: String((await f.mediaItem("published")).id) },
      }),
    },
  },
  "(newsroom)/newsroom/api/media-items/[id]/subtitles/route.ts": {
    POST: {
      expect: "DDDAA",
      call: async (f) => ({
        request: new Request("http://localhost/x", { method: "POST", body: "WEBVTT\n\n00:00.000 --> 00:01.000\n你好\n", headers: { "content-type": "text/vtt" } }),
        params: { id: String((await f.mediaItem("published")).id) },
      }),
    },
  },
};

// ── running a cell ───────────────────────────────────────────────────────────
const REFUSED = /^(请先登录编辑部|没有权限|您还没有负责的栏目)/;

async function signInAs(caller: Caller) {
  const id = ids[caller];
  if (id === null) return void (session.current = null);
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
  session.current = { id, sv: sessionVersion };
}

function toFormData(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function callAction(fn: (prev: FormState, data: FormData) => Promise<FormState>, data: FormData): Promise<FormState> {
  try {
    return await fn({ status: "idle" }, data);
  } catch (error) {
    // redirect() after a success (视听's first save) is how that action says ok.
    if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return { status: "ok", message: "redirect" };
    throw error;
  }
}

const counts = { cells: 0, allowed: 0, denied: 0 };

beforeAll(async () => {
  await seedSiteDefaults();
  ids.home = (await db.section.findUniqueOrThrow({ where: { slug: "xianshi" } })).id;
  ids.other = (await db.section.findUniqueOrThrow({ where: { slug: "hangye" } })).id;
  const make = (role: string, sections: number[]) =>
    db.user
      .create({ data: { username: unique(`mx-${role}`), displayName: role, role, sections: { create: sections.map((sectionId) => ({ sectionId })) } }, select: { id: true } })
      .then((u) => u.id);
  ids.anonymous = null;
  ids.reporter = await make("reporter", []);
  ids["editor of another section"] = await make("editor", [ids.other]);
  ids["editor of the section"] = await make("editor", [ids.home]);
  ids.admin = await make("admin", []);
});

afterAll(() => {
  console.log(`[authorization matrix] ${counts.cells} cells: ${counts.allowed} allowed, ${counts.denied} denied, as expected`);
});

describe("the authorization matrix", () => {
  it("has a row for every server action and every newsroom route handler in the code, and no row for one that is gone", async () => {
    const inCode: string[] = [];
    for (const file of actionModules) {
      const mod = await import(file);
      for (const name of Object.keys(mod)) if (typeof mod[name] === "function") inCode.push(`${rel(file)}#${name}`);
    }
    for (const file of newsroomRoutes) {
      const mod = await import(file);
      for (const name of Object.keys(mod)) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) inCode.push(`${rel(file)}#${name}`);
    }
    const inTable = [
      ...Object.entries(ACTIONS).flatMap(([file, rows]) => Object.keys(rows).map((n) => `${file}#${n}`)),
      ...Object.entries(ROUTES).flatMap(([file, rows]) => Object.keys(rows).map((n) => `${file}#${n}`)),
    ];
    expect(inCode.filter((k) => !inTable.includes(k)), "没有写进权限矩阵的操作").toEqual([]);
    expect(inTable.filter((k) => !inCode.includes(k)), "权限矩阵里已不存在的操作").toEqual([]);
    expect(inCode.length).toBeGreaterThan(30);
  });

  for (const [file, rows] of Object.entries(ACTIONS)) {
    for (const [name, row] of Object.entries(rows)) {
      it(`${name} (${file})`, async () => {
        const mod = await import(path.join(appDir, file));
        const expected = verdicts(row.expect);
        const problems: string[] = [];
        for (const caller of CALLERS) {
          const fields = await (row.form ?? (async () => ({})))(fixtures());
          await signInAs(caller);
          const auditBefore = await db.auditLog.count();
          const state = await callAction(mod[name], toFormData(fields));
          const refused = state.status === "error" && REFUSED.test(state.message);
          counts.cells += 1;
          if (expected[caller] === A) {
            if (state.status !== "ok") problems.push(`${caller}: 应允许，实际 ${state.status === "error" ? state.message : state.status}`);
            else counts.allowed += 1;
          } else {
            if (!refused) problems.push(`${caller}: 应拒绝，实际 ${state.status} ${"message" in state ? state.message : ""}`);
            else if ((await db.auditLog.count()) !== auditBefore) problems.push(`${caller}: 拒绝了却写了操作日志`);
            else counts.denied += 1;
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }

  for (const [file, rows] of Object.entries(ROUTES)) {
    for (const [method, row] of Object.entries(rows)) {
      it(`${method} ${file}`, async () => {
        const mod = await import(path.join(appDir, file));
        const expected = verdicts(row.expect);
        const problems: string[] = [];
        for (const caller of CALLERS) {
          const { request, params } = await row.call(fixtures());
          request.headers.set(CLIENT_ADDRESS_HEADER, "198.18.200.1");
          await signInAs(caller);
          const response: Response = await mod[method](request, { params: Promise.resolve(params ?? {}) });
          counts.cells += 1;
          const refused = [401, 403, 404].includes(response.status);
          if (response.status >= 500) problems.push(`${caller}: ${response.status}`);
          else if (expected[caller] === A && refused) problems.push(`${caller}: 应允许，实际 ${response.status} ${await response.text()}`);
          else if (expected[caller] !== A && !refused) problems.push(`${caller}: 应拒绝，实际 ${response.status}`);
          else counts[expected[caller] === A ? "allowed" : "denied"] += 1;
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
