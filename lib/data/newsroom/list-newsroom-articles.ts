import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_STATUSES } from "@/lib/validation/article";
import { pageCountOf, pageWindowOf } from "@/lib/data/paginate";

// The newsroom's article list. Never cached: editors must see their own
// changes at once. Reporters only see what they wrote.

export const NEWSROOM_PAGE_SIZE = 30;

export type NewsroomFilters = { status?: string; sectionId?: number; q?: string; page: number };

export type NewsroomArticleRow = {
  id: number;
  title: string;
  status: string;
  section: string;
  author: string | null;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
};

/** Reads the filters from the query string; anything malformed is ignored. */
export function parseNewsroomFilters(params: Record<string, string | string[] | undefined>): NewsroomFilters {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]![0] : params[k]) ?? "";
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one("status")) ? one("status") : undefined;
  const sectionId = /^\d{1,9}$/.test(one("section")) ? Number(one("section")) : undefined;
  const q = one("q").trim().slice(0, 50) || undefined;
  const page = /^[1-9]\d{0,5}$/.test(one("page")) ? Number(one("page")) : 1;
  return { status, sectionId, q, page };
}

export async function listNewsroomArticles(actor: Actor, filters: NewsroomFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.sectionId ? { sectionId: filters.sectionId } : {}),
    ...(filters.q ? { title: { contains: filters.q } } : {}),
    ...(actor.role === "reporter" ? { authorId: actor.id } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...pageWindowOf(filters.page, NEWSROOM_PAGE_SIZE),
      select: {
        id: true,
        title: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        scheduledAt: true,
        section: { select: { name: true } },
        author: { select: { displayName: true } },
      },
    }),
  ]);
  const items: NewsroomArticleRow[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    section: r.section.name,
    author: r.author?.displayName ?? null,
    updatedAt: r.updatedAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    scheduledAt: r.scheduledAt?.toISOString() ?? null,
  }));
  return { items, total, page: filters.page, pageCount: pageCountOf(total, NEWSROOM_PAGE_SIZE) };
}
