import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { storeImage } from "@/lib/media/store-image";
import { findPhotoSetNeighbours, findPublishedPhotoSet } from "./get-photo-set";
import { findLatestPhotoSets, findPhotoSetPage } from "./list-photo-sets";

// Against the real (migrated) SQLite test database. The channel is one list
// across sections, so the tests publish far in the future (newest first) and
// look only at the sets they made.

const minute = 60_000;
const future = Date.UTC(2099, 0, 1);
const imageIds: number[] = [];
let sectionId = 0;

const svg = (hue: number) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="hsl(${hue},60%,50%)"/></svg>`);

async function makeSet(title: string, status: string, minutes: number, photos = 3) {
  return db.photoSet.create({
    data: {
      title,
      sectionId,
      status,
      publishedAt: status === "draft" ? null : new Date(future + minutes * minute),
      photos: { create: imageIds.slice(0, photos).map((imageId, position) => ({ imageId, position: photos - position, caption: `说明${position + 1}`, photographer: "杨光" })) },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  await seedSiteDefaults();
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "shiting" } })).id;
  const tag = Date.now();
  for (let i = 0; i < 4; i++) imageIds.push((await storeImage({ key: `test/photo-sets-${tag}-${i}`, data: svg(i * 80) })).id);
});

describe("photo sets for readers", () => {
  it("hides drafts and withdrawn sets everywhere", async () => {
    const draft = await makeSet("草稿图集", "draft", 500);
    const withdrawn = await makeSet("撤下的图集", "withdrawn", 501);
    const shown = await makeSet("已发布图集", "published", 502);
    expect(await findPublishedPhotoSet(draft.id)).toBeNull();
    expect(await findPublishedPhotoSet(withdrawn.id)).toBeNull();
    expect(await findPublishedPhotoSet(shown.id)).not.toBeNull();
    const latest = (await findLatestPhotoSets(10)).map((s) => s.id);
    expect(latest).toContain(shown.id);
    expect(latest).not.toContain(draft.id);
    expect(latest).not.toContain(withdrawn.id);
    const page = await findPhotoSetPage({ page: 1, perPage: 50 });
    expect(page!.items.map((s) => s.id)).not.toContain(draft.id);
    // Neighbours skip them too.
    const before = await makeSet("前一组", "published", 499);
    const n = await findPhotoSetNeighbours({ id: before.id, publishedAt: new Date(future + 499 * minute).toISOString() });
    expect(n.next?.id).toBe(shown.id);
  });

  it("gives every photo alt text: its 替代文字, else its caption, else the set's title", async () => {
    const set = await db.photoSet.create({
      data: {
        title: "苗年图集",
        sectionId,
        status: "published",
        publishedAt: new Date(future + 700 * minute),
        photos: {
          create: [
            { imageId: imageIds[0], position: 0, caption: "芦笙队入场", alt: "身着盛装的芦笙手在广场上列队吹奏" },
            { imageId: imageIds[1], position: 1, caption: "长桌宴", alt: "  " },
            { imageId: imageIds[2], position: 2, caption: "", alt: "" },
          ],
        },
      },
      select: { id: true },
    });
    const view = await findPublishedPhotoSet(set.id);
    expect(view!.photos.map((p) => p.alt)).toEqual(["身着盛装的芦笙手在广场上列队吹奏", "长桌宴", "苗年图集（第3张）"]);
  });

  it("returns a set's photos in their order, with the cover falling back to the first photo", async () => {
    const set = await makeSet("顺序图集", "published", 600, 3);
    const view = await findPublishedPhotoSet(set.id);
    // Positions were written in reverse: the last image created has position 1.
    expect(view!.photos.map((p) => p.caption)).toEqual(["说明3", "说明2", "说明1"]);
    expect(view!.photos[0].photographer).toBe("杨光");
    expect(view!.photoCount).toBe(3);
    expect(view!.cover?.key).toBe(view!.photos[0].image.key);
    expect(view!.photos[0].image.widths).toEqual([320, 640]);
  });

  it("pages newest first, with null past the end and for malformed page numbers", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await makeSet(`分页${i}`, "published", 1000 + i)).id);
    const first = await findPhotoSetPage({ page: 1, perPage: 2 });
    expect(first!.items.map((s) => s.id)).toEqual([ids[4], ids[3]]);
    const second = await findPhotoSetPage({ page: 2, perPage: 2 });
    expect(second!.items.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    expect(first!.pageCount).toBe(Math.ceil(first!.total / 2));
    expect(await findPhotoSetPage({ page: first!.pageCount + 1, perPage: 2 })).toBeNull();
    expect(await findPhotoSetPage({ page: 0 })).toBeNull();
    expect(await findPhotoSetPage({ page: 1.5 })).toBeNull();
    expect(first!.items[0]).toMatchObject({ photoCount: 3, section: { slug: "shiting" } });
  });

  it("上一组 / 下一组 follow publish time, ties by id, and end with null", async () => {
    const a = await makeSet("甲", "published", 2000);
    const b = await makeSet("乙", "published", 2001);
    const c = await makeSet("丙", "published", 2001); // same second as 乙
    const at = (m: number) => new Date(future + m * minute).toISOString();
    const nb = await findPhotoSetNeighbours({ id: b.id, publishedAt: at(2001) });
    expect(nb.previous?.id).toBe(a.id);
    expect(nb.next?.id).toBe(c.id);
    const nc = await findPhotoSetNeighbours({ id: c.id, publishedAt: at(2001) });
    expect(nc.previous?.id).toBe(b.id);
    expect(nc.next).toBeNull();
  });

  it("treats nonsense ids as unknown", async () => {
    expect(await findPublishedPhotoSet(0)).toBeNull();
    expect(await findPublishedPhotoSet(-1)).toBeNull();
    expect(await findPublishedPhotoSet(2 ** 60)).toBeNull();
  });
});
