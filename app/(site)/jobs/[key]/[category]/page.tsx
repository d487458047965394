import type { Metadata } from "next";
import { JobListPage } from "@/components/jobs/job-list-page";
import { JOBS_PATH, jobListHref } from "@/lib/jobs/job-urls";
import { jobListHeading, loadJobList, redirectToCanonical } from "@/lib/site/job-pages";

// /jobs/<county>/<category> ("all" for either). As /jobs: expired posts leave within minutes.
export const revalidate = 60;
// 17 × 13 filters: each is rendered on its first request, then cached.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key, category } = await params;
  const { filter } = await loadJobList(key, category);
  const heading = jobListHeading(filter);
  return { title: heading, description: `黔东南信息港人才网：${heading}信息。`, alternates: { canonical: jobListHref(filter) } };
}

export default async function FilteredJobsPage({ params }: Props) {
  const { key, category } = await params;
  const { filter, list } = await loadJobList(key, category);
  redirectToCanonical(filter, "1", `${JOBS_PATH}/${key}/${category}`);
  const heading = jobListHeading(filter);
  return <JobListPage heading={heading} crumbs={[{ label: "首页", href: "/" }, { label: "人才网", href: JOBS_PATH }, { label: heading }]} filter={filter} list={list} />;
}
