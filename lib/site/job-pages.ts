import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getJobPage } from "@/lib/data/jobs/list-jobs";
import { categoryName } from "@/lib/jobs/categories";
import { countyName } from "@/lib/jobs/counties";
import { ALL, jobListHref, parseJobFilter, type JobFilter } from "@/lib/jobs/job-urls";
import { loadPagedList } from "./paged-list";
import { parsePageNumber } from "./params";

// Shared by /jobs, /jobs/page/N, /jobs/<county>/<category> and its pages:
// turns the URL's segments into data, or into a 404 for unknown counties or
// categories, malformed page numbers and pages past the end.

export async function loadJobList(county = ALL, category = ALL, pageParam = "1") {
  const filter = parseJobFilter(county, category);
  if (!filter) notFound();
  const list = await loadPagedList(pageParam, (page) => getJobPage({ county: filter.county, category: filter.category, page }));
  return { filter, list };
}

/** /page/1 is the list's own URL, and /jobs/all/all is /jobs. */
export function redirectToCanonical(filter: JobFilter, pageParam: string, requested: string) {
  const page = parsePageNumber(pageParam) ?? 1;
  const canonical = jobListHref(filter, page);
  if (canonical !== requested) permanentRedirect(canonical);
}

/** 人才网 · 凯里市 · 餐饮·酒店 */
export function jobListHeading({ county, category }: JobFilter): string {
  const parts = [county === ALL ? "" : countyName(county), category === ALL ? "" : categoryName(category)].filter(Boolean);
  return parts.length ? `${parts.join(" · ")}招聘` : "人才网";
}
