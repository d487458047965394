import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { storeImage } from "@/lib/media/store-image";
import type { PhotoSetFormInput } from "@/lib/validation/photo-set";
import { photoSetFormSchema } from "@/lib/validation/photo-set";
import { CommandError } from "../errors";
import { publishPhotoSet, withdrawPhotoSet } from "./change-photo-set-status";
import { savePhotoSet } from "./save-photo-set";
import { makeActor } from "@/test/make-actor";

// The photo-set commands × every kind of caller, and forms forged by hand:
// what the server actions call, each checking the caller itself.

let home: { id: number; slug: string };
let other: { id: number; slug: string };
const actors: Record<string, Actor | null> = {};
const images: number[] = [];

beforeAll(async () => {
  await seedSiteDefaults();
  home = await db.section.findUniqueOrThrow({ where: { slug: "xianshi" }, select: { id: true, slug: true } });
  other = await db.section.findUniqueOrThrow({ where: { slug: "hangye" }, select: { id: true, slug: true } });
  const tag = Date.now();
  actors["signed out"] = null;
  actors["reporter (author)"] = await makeActor(`prep-a-${tag}`, "reporter", []);
  actors["reporter (not author)"] = await makeActor(`prep-b-${tag}`, "reporter", []);
  actors["editor (section)"] = await makeActor(`ped-a-${tag}`, "editor", [home.id]);
  actors["editor (other section)"] = await makeActor(`ped-b-${tag}`, "editor", [other.id]);
  actors.chief = await makeActor(`pchief-${tag}`, "chief", []);
  actors.admin = await makeActor(`padmin-${tag}`, "admin", []);
  for (let i = 0; i < 3; i++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#${i}a${i}"/></svg>`;
    images.push((await storeImage({ key: `test/commands-${tag}-${i}`, data: Buffer.from(svg) })).id);
  }
});

/** A photo row as a test writes it: 替代文字 may be left out (empty, as the form's default). */
type PhotoRow = Omit<PhotoSetFormInput["photos"][number], "alt"> & { alt?: string };

function form(overrides: Partial<Omit<PhotoSetFormInput, "photos">> & { photos?: PhotoRow[] } = {}): PhotoSetFormInput {
  const photos = overrides.photos ?? images.slice(0, 2).map((imageId, i) => ({ photoId: null, imageId, caption: `第${i + 1}张说明`, photographer: "吴敏" }));
  return {
    id: null,
    title: "苗年盛装巡游",
    summary: "导语",
    sectionId: home.id,
    coverImageId: null,
    ...overrides,
    photos: photos.map((p) => ({ alt: "", ...p })),
  };
}

/** A set created by the reporter, in the given state. */
async function set(status: "draft" | "published") {
  const { id } = await savePhotoSet(actors["reporter (author)"], form());
  if (status === "published") await publishPhotoSet(actors.chief, { id });
  return id;
}

type Command = (actor: Actor | null) => Promise<unknown>;

const commands: Record<string, Command> = {
  create: (a) => savePhotoSet(a, form()),
  "edit draft": async (a) => savePhotoSet(a, { ...form({ id: await set("draft"), title: "改过的标题" }), photos: [] }),
  "edit published": async (a) => {
    const id = await set("published");
    const photos = await db.photo.findMany({ where: { photoSetId: id }, orderBy: { position: "asc" } });
    return savePhotoSet(a, form({ id, photos: photos.map((p) => ({ photoId: p.id, imageId: p.imageId, caption: "新说明", photographer: "" })) }));
  },
  publish: async (a) => publishPhotoSet(a, { id: await set("draft") }),
  withdraw: async (a) => withdrawPhotoSet(a, { id: await set("published") }),
};

// Who may do what: reporters create and edit their own drafts, editors
// everything in their sections, chief editors and admins everything.
const allowed: Record<string, string[]> = {
  "signed out": [],
  "reporter (author)": ["create", "edit draft"],
  "reporter (not author)": ["create"],
  "editor (section)": ["create", "edit draft", "edit published", "publish", "withdraw"],
  "editor (other section)": [],
  chief: ["create", "edit draft", "edit published", "publish", "withdraw"],
  admin: ["create", "edit draft", "edit published", "publish", "withdraw"],
};

describe("photo-set permissions", () => {
  for (const [who, may] of Object.entries(allowed)) {
    for (const [name, run] of Object.entries(commands)) {
      const expected = may.includes(name);
      it(`${who}: ${name} ${expected ? "allowed" : "refused"}`, async () => {
        if (expected) {
          await expect(run(actors[who])).resolves.toBeTruthy();
        } else {
          const error = await run(actors[who]).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(CommandError);
          expect((error as CommandError).code).toBe(who === "signed out" ? "unauthenticated" : "forbidden");
        }
      });
    }
  }
});

describe("saving a set", () => {
  it("keeps photos in the given order, updates texts, removes what is left out and writes the audit log", async () => {
    const editor = actors["editor (section)"]!;
    const { id } = await savePhotoSet(editor, form({ photos: images.map((imageId, i) => ({ photoId: null, imageId, caption: `图${i}`, photographer: "" })) }));
    const stored = await db.photo.findMany({ where: { photoSetId: id }, orderBy: { position: "asc" } });
    expect(stored.map((p) => p.caption)).toEqual(["图0", "图1", "图2"]);
    // Reverse the order, drop the middle one, pick the last as cover.
    const reordered = [stored[2], stored[0]].map((p) => ({ photoId: p.id, imageId: p.imageId, caption: `${p.caption}改`, photographer: "龙海燕" }));
    await savePhotoSet(editor, form({ id, coverImageId: stored[0].imageId, photos: reordered }));
    const after = await db.photo.findMany({ where: { photoSetId: id }, orderBy: { position: "asc" } });
    expect(after.map((p) => [p.id, p.caption, p.photographer])).toEqual([
      [stored[2].id, "图2改", "龙海燕"],
      [stored[0].id, "图0改", "龙海燕"],
    ]);
    expect((await db.photoSet.findUniqueOrThrow({ where: { id } })).coverImageId).toBe(stored[0].imageId);
    // 替代文字 is kept per photo, and changed like the caption.
    await savePhotoSet(editor, form({ id, coverImageId: stored[0].imageId, photos: reordered.map((p, i) => ({ ...p, alt: `第${i + 1}张的画面` })) }));
    expect((await db.photo.findMany({ where: { photoSetId: id }, orderBy: { position: "asc" } })).map((p) => p.alt)).toEqual(["第1张的画面", "第2张的画面"]);
    const log = await db.auditLog.findMany({ where: { targetType: "photoset", targetId: id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.userId])).toEqual([
      ["photoset.create", editor.id],
      ["photoset.save", editor.id],
      ["photoset.save", editor.id],
    ]);
  });

  it("records its author on the set, so a reporter's drafts stay theirs whatever happens to the audit log", async () => {
    const id = await set("draft");
    expect((await db.photoSet.findUniqueOrThrow({ where: { id } })).authorId).toBe(actors["reporter (author)"]!.id);
    await db.auditLog.deleteMany({ where: { targetType: "photoset", targetId: id } });
    await expect(savePhotoSet(actors["reporter (author)"], { ...form({ id, title: "审计日志清理后" }), photos: [] })).resolves.toMatchObject({ id });
    await expect(savePhotoSet(actors["reporter (not author)"], { ...form({ id, title: "别人的稿" }), photos: [] })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("defaults the cover to the first photo", async () => {
    const { id } = await savePhotoSet(actors.chief, form());
    expect((await db.photoSet.findUniqueOrThrow({ where: { id } })).coverImageId).toBe(images[0]);
  });

  it("publishing records the editor, the time and the tags; withdrawing hides it again", async () => {
    const id = await set("draft");
    const outcome = await publishPhotoSet(actors["editor (section)"], { id });
    expect(outcome.revalidate).toEqual(expect.arrayContaining([`photoset:${id}`, "photos", "home"]));
    const row = await db.photoSet.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("published");
    expect(row.editorId).toBe(actors["editor (section)"]!.id);
    expect(row.publishedAt).not.toBeNull();
    await withdrawPhotoSet(actors.chief, { id });
    expect((await db.photoSet.findUniqueOrThrow({ where: { id } })).status).toBe("withdrawn");
    const actions = (await db.auditLog.findMany({ where: { targetType: "photoset", targetId: id }, orderBy: { id: "asc" } })).map((l) => l.action);
    expect(actions).toEqual(["photoset.create", "photoset.publish", "photoset.withdraw"]);
  });

  it("refuses to publish a set without photos", async () => {
    const { id } = await savePhotoSet(actors.chief, form({ photos: [] }));
    await expect(publishPhotoSet(actors.chief, { id })).rejects.toThrow("请先上传图片再发布");
  });
});

describe("forged fields", () => {
  const chief = () => actors.chief;

  it("refuses a picture that does not exist", async () => {
    const error = await savePhotoSet(chief(), form({ photos: [{ photoId: null, imageId: 999_999_999, caption: "", photographer: "" }] })).catch((e) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error.fieldErrors.photos).toBe("有图片不存在，请重新上传");
  });

  it("refuses a photo id of another set, on create and on save", async () => {
    const other = await savePhotoSet(chief(), form());
    const foreign = await db.photo.findFirstOrThrow({ where: { photoSetId: other.id } });
    const stolen = [{ photoId: foreign.id, imageId: foreign.imageId, caption: "", photographer: "" }];
    await expect(savePhotoSet(chief(), form({ photos: stolen }))).rejects.toThrow("图片不属于这个图集");
    const mine = await savePhotoSet(chief(), form());
    await expect(savePhotoSet(chief(), form({ id: mine.id, photos: stolen }))).rejects.toThrow("图片不属于这个图集");
    // The other set's photo is untouched.
    expect((await db.photo.findUniqueOrThrow({ where: { id: foreign.id } })).photoSetId).toBe(other.id);
  });

  it("refuses a cover that is not one of the set's photos", async () => {
    const error = await savePhotoSet(chief(), form({ coverImageId: images[2] })).catch((e) => e);
    expect(error.fieldErrors.coverImageId).toBe("封面必须是图集中的一张图片");
  });

  it("refuses an unknown section and moving a set to a section the editor does not edit", async () => {
    await expect(savePhotoSet(chief(), form({ sectionId: 999_999 }))).rejects.toThrow("栏目不存在");
    const editor = actors["editor (section)"];
    const { id } = await savePhotoSet(editor, form());
    const error = await savePhotoSet(editor, form({ id, sectionId: other.id, photos: [] })).catch((e) => e);
    expect(error.fieldErrors.sectionId).toBe("您不能把图集移到该栏目");
  });

  it("refuses a malformed photo list in the form before any command runs", () => {
    const parse = (photos: string) => photoSetFormSchema.safeParse({ title: "标题", sectionId: String(home.id), photos });
    expect(parse("not json").success).toBe(false);
    expect(parse('[{"photoId":null,"imageId":-3,"caption":"","photographer":""}]').success).toBe(false);
    expect(parse('[{"photoId":null,"imageId":"1; DROP TABLE","caption":"","photographer":""}]').success).toBe(false);
    expect(parse(JSON.stringify(Array.from({ length: 61 }, () => ({ photoId: null, imageId: 1, caption: "", photographer: "" })))).success).toBe(false);
    expect(parse("[]").success).toBe(true);
  });
});
