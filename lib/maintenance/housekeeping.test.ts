import { existsSync } from "node:fs";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { pruneLoginAttempts, throttleKeys } from "@/lib/auth/login-throttle";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { contributionKey } from "@/lib/newsroom/submissions/contribution-limit";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { imageSrcSet } from "@/lib/media/image-url";
import { mediaFilePath, storeImage } from "@/lib/media/store-image";
import { ORPHAN_GRACE_MS, pruneOrphanImages } from "./prune-orphan-images";

// Nothing grows without bound: orphaned pictures older than a day and
// sign-in attempts older than the throttle's window are deleted, and nothing
// that is still used or still counts.
const run = Date.now().toString(36);
let n = 0;
const HOUR = 60 * 60_000;

async function picture(ageMs: number) {
  const data = await sharp({ create: { width: 700, height: 400, channels: 3, background: "#39c" } }).png().toBuffer();
  const image = await storeImage({ key: `test/prune-${run}-${n++}`, data, avif: true });
  await db.image.update({ where: { id: image.id }, data: { createdAt: new Date(Date.now() - ageMs) } });
  const files = [...image.widths.split(",").map(Number)].flatMap((w) => [`${image.key}-${w}.webp`, `${image.key}-${w}.avif`]);
  return { ...image, files };
}

const exists = async (id: number) => !!(await db.image.findUnique({ where: { id }, select: { id: true } }));

beforeAll(() => seedSiteDefaults());

describe("pruning orphaned pictures", () => {
  it("deletes a day-old picture nothing uses, with its files; keeps young ones and every used one", async () => {
    const orphan = await picture(ORPHAN_GRACE_MS + HOUR);
    const young = await picture(HOUR);
    const cover = await picture(ORPHAN_GRACE_MS + HOUR);
    const inBody = await picture(ORPHAN_GRACE_MS + HOUR);
    const inSubmission = await picture(ORPHAN_GRACE_MS + HOUR);
    expect(orphan.files.every((f) => existsSync(mediaFilePath(f)))).toBe(true);

    await createArticle({ title: `封面 ${run}`, sectionSlug: "xianshi", bodyHtml: "<p>正文</p>", coverImageId: cover.id });
    const view = { ...inBody, widths: inBody.widths.split(",").map(Number), caption: "", credit: "" };
    await createArticle({ title: `正文图 ${run}`, sectionSlug: "xianshi", bodyHtml: `<p>正文</p><img src="/media/${inBody.key}-960.webp" srcset="${imageSrcSet(view)}" alt="">` });
    await db.submission.create({ data: { name: "读者", contact: "13800000000", title: "投稿", body: "正文", imageIds: `999999,${inSubmission.id}` } });

    expect(await pruneOrphanImages()).toBeGreaterThanOrEqual(1);
    expect(await exists(orphan.id)).toBe(false);
    expect(orphan.files.some((f) => existsSync(mediaFilePath(f)))).toBe(false);
    for (const kept of [young, cover, inBody, inSubmission]) {
      expect(await exists(kept.id), kept.key).toBe(true);
      expect(kept.files.every((f) => existsSync(mediaFilePath(f))), kept.key).toBe(true);
    }
  });
});

describe("pruning sign-in attempts", () => {
  it("deletes rows older than the longest limit's day and keeps what a limit still counts", async () => {
    const [key] = throttleKeys(`prune-${run}`, "203.0.113.77");
    const daily = contributionKey(`prune-${run}`);
    const now = Date.now();
    await db.loginAttempt.createMany({
      data: [
        { key, success: false, createdAt: new Date(now - 25 * HOUR) },
        { key, success: false, createdAt: new Date(now - 24 * HOUR - 60_000) },
        { key, success: false, createdAt: new Date(now - 10 * 60_000) },
        // An accepted 在线投稿 of this morning still counts toward today's limit.
        { key: daily, success: true, createdAt: new Date(now - 5 * HOUR) },
      ],
    });
    expect(await pruneLoginAttempts(now)).toBeGreaterThanOrEqual(2);
    const left = await db.loginAttempt.findMany({ where: { key: { in: [key, daily] } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
    expect(left.map((a) => a.createdAt.getTime())).toEqual([now - 5 * HOUR, now - 10 * 60_000]);
  });
});
