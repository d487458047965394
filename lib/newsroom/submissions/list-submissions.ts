import "server-only";
import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import { db } from "@/lib/db/client";
import type { ImageView } from "@/lib/view-types";
import { pageCountOf, pageWindowOf } from "@/lib/data/paginate";
import { parseIdList } from "@/lib/site/params";
import type { Actor } from "@/lib/auth/roles";
import { canHandleSubmissions } from "@/lib/auth/permissions";
import { forbidden } from "../errors";

// The newsroom's inbox of reader submissions. Never cached: an editor must
// see at once what a colleague has just handled.

export const SUBMISSION_STATUSES = ["new", "drafted", "rejected"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { new: "新投稿", drafted: "已转稿", rejected: "已退回" };
export const SUBMISSIONS_PAGE_SIZE = 30;
const EXCERPT_LENGTH = 160;

export type SubmissionFilters = { status: SubmissionStatus; page: number };

export type SubmissionRow = {
  id: number;
  name: string;
  contact: string;
  title: string;
  excerpt: string;
  /** The whole plain text, for reading before deciding. */
  body: string;
  status: string;
  articleId: number | null;
  createdAt: string;
  images: ImageView[];
};

/** Reads the filters from the query string; anything malformed means the first page of 新投稿. */
export function parseSubmissionFilters(params: Record<string, string | string[] | undefined>): SubmissionFilters {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]![0] : params[k]) ?? "";
  const status = (SUBMISSION_STATUSES as readonly string[]).includes(one("status")) ? (one("status") as SubmissionStatus) : "new";
  const page = /^[1-9]\d{0,5}$/.test(one("page")) ? Number(one("page")) : 1;
  return { status, page };
}

export async function listSubmissions(actor: Actor | null, filters: SubmissionFilters) {
  if (!canHandleSubmissions(actor)) throw forbidden("处理投稿");
  const where = { status: filters.status };
  const [total, rows, grouped] = await Promise.all([
    db.submission.count({ where }),
    db.submission.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindowOf(filters.page, SUBMISSIONS_PAGE_SIZE),
    }),
    db.submission.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const images = await imagesById(rows.flatMap((r) => parseIdList(r.imageIds)));
  const items: SubmissionRow[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    contact: r.contact,
    title: r.title,
    excerpt: excerpt(r.body),
    body: r.body,
    status: r.status,
    articleId: r.articleId,
    createdAt: r.createdAt.toISOString(),
    images: parseIdList(r.imageIds).flatMap((id) => images.get(id) ?? []),
  }));
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<
    SubmissionStatus,
    number
  >;
  return { items, total, counts, page: filters.page, pageCount: pageCountOf(total, SUBMISSIONS_PAGE_SIZE) };
}

async function imagesById(ids: number[]): Promise<Map<number, ImageView>> {
  if (!ids.length) return new Map();
  const rows = await db.image.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, ...imageSelect } });
  return new Map(rows.map(({ id, ...row }) => [id, toImageView(row)!]));
}

function excerpt(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}
