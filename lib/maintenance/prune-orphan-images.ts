import "server-only";
import { rm } from "node:fs/promises";
import { db } from "@/lib/db/client";
import { imageUrl } from "@/lib/media/image-url";
import { mediaFilePath } from "@/lib/media/store-image";

// Pictures uploaded and then never used (an editor pasted one and threw the
// draft away, a cover replaced before saving, a 在线投稿 that failed after
// its pictures were stored) would stay on disk forever. After a day's grace —
// an editor may still be working on the draft that will use it — a picture
// that nothing points at is deleted with its variant files.
export const ORPHAN_GRACE_MS = 24 * 60 * 60_000;
const BATCH = 200;

/** Deletes orphaned pictures older than the grace period; returns how many. */
export async function pruneOrphanImages(now = Date.now()): Promise<number> {
  const candidates = await db.image.findMany({
    where: {
      createdAt: { lt: new Date(now - ORPHAN_GRACE_MS) },
      coverOf: { none: {} },
      bannerOf: { none: {} },
      coverOfPhotoSets: { none: {} },
      photos: { none: {} },
      posterOf: { none: {} },
    },
    select: { id: true, key: true, widths: true, format: true, hasAvif: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  let removed = 0;
  for (const image of candidates) {
    if (await stillReferenced(image.id, image.key)) continue;
    // Deleted only if still unreferenced at this moment (a cover may have been set meanwhile).
    const { count } = await db.image.deleteMany({
      where: { id: image.id, coverOf: { none: {} }, bannerOf: { none: {} }, coverOfPhotoSets: { none: {} }, photos: { none: {} }, posterOf: { none: {} } },
    });
    if (count === 0) continue;
    removed += 1;
    const widths = image.widths.split(",").map(Number);
    const formats = image.hasAvif ? [image.format, "avif"] : [image.format];
    const files = formats.flatMap((format) => widths.map((w) => imageUrl({ key: image.key, format }, w).replace(/^\/media\//, "")));
    await Promise.all(files.map((file) => rm(mediaFilePath(file), { force: true })));
  }
  return removed;
}

/** Pictures inside bodies (articles, their revisions, topic introductions) and readers' submissions count as used. */
async function stillReferenced(id: number, key: string): Promise<boolean> {
  const inHtml = `/media/${key}-`;
  const [article, revision, topic, submission] = await Promise.all([
    db.article.findFirst({ where: { bodyHtml: { contains: inHtml } }, select: { id: true } }),
    db.articleRevision.findFirst({ where: { bodyHtml: { contains: inHtml } }, select: { id: true } }),
    db.topic.findFirst({ where: { introHtml: { contains: inHtml } }, select: { id: true } }),
    db.submission.findFirst({
      where: { OR: [{ imageIds: String(id) }, { imageIds: { startsWith: `${id},` } }, { imageIds: { endsWith: `,${id}` } }, { imageIds: { contains: `,${id},` } }] },
      select: { id: true },
    }),
  ]);
  return !!(article || revision || topic || submission);
}
