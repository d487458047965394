import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { JobView } from "@/lib/view-types";
import { jobSelect, toJobView } from "./job-shapes";
import { STATUS } from "@/lib/content/status";
import { isId } from "@/lib/site/params";

/**
 * A published job post, expired or not (its page says 该职位已过期), or null
 * for unknown, pending, rejected and withdrawn ids.
 */
export async function findPublishedJob(id: number): Promise<JobView | null> {
  if (!isId(id)) return null;
  const row = await db.jobPost.findFirst({ where: { id, status: STATUS.published }, select: jobSelect });
  return row ? toJobView(row) : null;
}

export const getPublishedJob = cachedQuery("job", findPublishedJob, (id) => [cacheTags.job(id)]);

