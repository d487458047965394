import "server-only";
import { db } from "@/lib/db/client";
import { closingDayOf } from "@/lib/jobs/expiry";
import { jobSelect, toJobView } from "@/lib/data/jobs/job-shapes";
import type { JobView } from "@/lib/view-types";
import { pageCountOf, pageWindowOf } from "@/lib/data/paginate";
import { STATUS } from "@/lib/content/status";

// The newsroom's 人才网 queue and lists. Never cached: an editor must see at
// once what a colleague has just approved. Callers check canManageJobs first.

export const JOB_STATUSES = [STATUS.pending, STATUS.published, STATUS.rejected, STATUS.withdrawn] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const JOB_STATUS_LABELS: Record<JobStatus, string> = { pending: "待审", published: "已发布", rejected: "已拒绝", withdrawn: "已撤下" };
export const NEWSROOM_JOBS_PAGE_SIZE = 30;

export type NewsroomJobRow = JobView & { status: string; submitterIp: string; createdAt: string };

export function parseJobFilters(params: Record<string, string | string[] | undefined>): { status: JobStatus; page: number } {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]![0] : params[k]) ?? "";
  const status = (JOB_STATUSES as readonly string[]).includes(one("status")) ? (one("status") as JobStatus) : STATUS.pending;
  const page = /^[1-9]\d{0,5}$/.test(one("page")) ? Number(one("page")) : 1;
  return { status, page };
}

export async function listNewsroomJobs({ status, page }: { status: JobStatus; page: number }) {
  const where = { status };
  const [total, rows, grouped] = await Promise.all([
    db.jobPost.count({ where }),
    db.jobPost.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindowOf(page, NEWSROOM_JOBS_PAGE_SIZE),
      select: { ...jobSelect, status: true, submitterIp: true },
    }),
    db.jobPost.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const items: NewsroomJobRow[] = rows.map((r) => ({ ...toJobView(r), status: r.status, submitterIp: r.submitterIp, createdAt: r.createdAt.toISOString() }));
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<JobStatus, number>;
  return { items, total, counts, page, pageCount: pageCountOf(total, NEWSROOM_JOBS_PAGE_SIZE) };
}

/** A post as the edit form fills in its fields (strings, closing day as YYYY-MM-DD). */
export async function getJobForEdit(id: number) {
  const row = await db.jobPost.findUnique({ where: { id }, select: { ...jobSelect, status: true } });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    position: row.position,
    employer: row.employer,
    county: row.county,
    category: row.category,
    salaryMin: row.salaryMin === null ? "" : String(row.salaryMin),
    salaryMax: row.salaryMax === null ? "" : String(row.salaryMax),
    headcount: String(row.headcount),
    requirements: row.requirements,
    description: row.description,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    expiresOn: closingDayOf(row.expiresAt),
  };
}

export type JobFormValues = NonNullable<Awaited<ReturnType<typeof getJobForEdit>>>;
