import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { ALL } from "@/lib/jobs/job-urls";
import type { JobListItem, Paginated } from "@/lib/view-types";
import { jobListSelect, openJobsWhere, toJobListItem } from "./job-shapes";
import { paginate } from "@/lib/data/paginate";
import { NEWEST_FIRST } from "@/lib/data/publish-order";

const JOBS_PER_PAGE = 20;

/**
 * How long a cached list of open posts is kept. Expiry is not an event
 * anything could revalidate on, so lists (and the pages showing them, which
 * use the same figure) are rebuilt at least this often: a post that expires
 * leaves every list within about two of these periods.
 */
export const OPEN_JOBS_REVALIDATE_SECONDS = 60;

export type JobPageOptions = {
  /** A county slug, or "all". */
  county: string;
  /** A category slug, or "all". */
  category: string;
  page: number;
  perPage?: number;
  /** The clock: posts expiring at or before it are left out. */
  now?: Date;
};

/**
 * One page of open job posts, newest first. Null when the page number is past
 * the end (page 1 of an empty list is an empty page, not null).
 */
export async function findJobPage({ county, category, page, perPage = JOBS_PER_PAGE, now = new Date() }: JobPageOptions): Promise<Paginated<JobListItem> | null> {
  const where = {
    ...openJobsWhere(now),
    ...(county !== ALL ? { county } : {}),
    ...(category !== ALL ? { category } : {}),
  };
  return paginate({
    page,
    perPage,
    count: () => db.jobPost.count({ where }),
    rows: (window) => db.jobPost.findMany({ where, orderBy: NEWEST_FIRST, ...window, select: jobListSelect }),
    toItem: toJobListItem,
  });
}

export const getJobPage = cachedQuery(
  "job-page",
  (options: Omit<JobPageOptions, "now">) => findJobPage(options),
  () => [cacheTags.jobs],
  OPEN_JOBS_REVALIDATE_SECONDS,
);

/** The newest open posts, for the homepage block and the feed. */
export async function findNewestJobs(limit: number, now = new Date()): Promise<JobListItem[]> {
  const rows = await db.jobPost.findMany({
    where: openJobsWhere(now),
    orderBy: NEWEST_FIRST,
    take: limit,
    select: jobListSelect,
  });
  return rows.map(toJobListItem);
}

export const getNewestJobs = cachedQuery("newest-jobs", (limit: number) => findNewestJobs(limit), () => [cacheTags.jobs], OPEN_JOBS_REVALIDATE_SECONDS);

/** Ids of open posts, for the sitemap (expired posts stay reachable but are not worth indexing). */
async function findOpenJobIds(now = new Date()): Promise<number[]> {
  const rows = await db.jobPost.findMany({ where: openJobsWhere(now), orderBy: { id: "asc" }, select: { id: true } });
  return rows.map((r) => r.id);
}

export const getOpenJobIds = cachedQuery("open-job-ids", () => findOpenJobIds(), () => [cacheTags.jobs], OPEN_JOBS_REVALIDATE_SECONDS);
