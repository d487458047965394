import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { JobView } from "@/lib/view-types";
import { JOB_PUBLISHED, jobSelect, toJobView } from "./job-shapes";

/**
 * A published job post, expired or not (its page says 该职位已过期), or null
 * for unknown, pending, rejected and withdrawn ids.
 */
export async function findPublishedJob(id: number): Promise<JobView | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.jobPost.findFirst({ where: { id, status: JOB_PUBLISHED }, select: jobSelect });
  return row ? toJobView(row) : null;
}

export const getPublishedJob = cachedQuery("job", findPublishedJob, (id) => [cacheTags.job(id)]);

