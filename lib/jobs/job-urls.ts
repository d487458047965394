import { findCategory } from "./categories";
import { findCounty } from "./counties";

// 人才网 URLs. Filters are path segments (/jobs/<county>/<category>, "all"
// for either), like page numbers, so every filtered list is a cacheable
// page; the unfiltered list is /jobs itself.

export const ALL = "all";
export const JOBS_PATH = "/jobs";
export const JOB_POST_FORM_PATH = "/jobs/post";
export const JOBS_FEED_PATH = "/jobs/rss.xml";

export type JobFilter = { county: string; category: string };

export function jobListHref({ county, category }: JobFilter, page = 1): string {
  const base = county === ALL && category === ALL ? JOBS_PATH : `${JOBS_PATH}/${county}/${category}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function jobHref(id: number): string {
  return `${JOBS_PATH}/${id}`;
}

/** The filter named by two path segments, or null when either is unknown. */
export function parseJobFilter(county: string, category: string): JobFilter | null {
  const countyOk = county === ALL || findCounty(county) !== undefined;
  const categoryOk = category === ALL || findCategory(category) !== undefined;
  return countyOk && categoryOk ? { county, category } : null;
}
