import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEWSROOM_PAGE_SIZE } from "./list-newsroom-articles";
import { pageCountOf, pageWindowOf } from "@/lib/data/paginate";

// The newsroom's list of photo sets, most recently changed first. Never
// cached. Reporters see the sets they created.

export type NewsroomPhotoSetRow = { id: number; title: string; status: string; section: string; photoCount: number; updatedAt: string };

export async function listNewsroomPhotoSets(actor: Actor, page: number) {
  const where: Prisma.PhotoSetWhereInput = actor.role === "reporter" ? { authorId: actor.id } : {};
  const [total, rows] = await Promise.all([
    db.photoSet.count({ where }),
    db.photoSet.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...pageWindowOf(page, NEWSROOM_PAGE_SIZE),
      select: { id: true, title: true, status: true, updatedAt: true, section: { select: { name: true } }, _count: { select: { photos: true } } },
    }),
  ]);
  const items: NewsroomPhotoSetRow[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    section: r.section.name,
    photoCount: r._count.photos,
    updatedAt: r.updatedAt.toISOString(),
  }));
  return { items, page, pageCount: pageCountOf(total, NEWSROOM_PAGE_SIZE), total };
}
