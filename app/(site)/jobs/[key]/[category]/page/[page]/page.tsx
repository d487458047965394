import type { Metadata } from "next";
import { JobListPage } from "@/components/jobs/job-list-page";
import { JOBS_PATH, jobListHref } from "@/lib/jobs/job-urls";
import { jobListHeading, loadJobList, redirectToCanonical } from "@/lib/site/job-pages";

export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string; category: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key, category, page } = await params;
  const { filter, list } = await loadJobList(key, category, page);
  return { title: `${jobListHeading(filter)} 第${list.page}页`, alternates: { canonical: jobListHref(filter, list.page) } };
}

export default async function FilteredJobsListPage({ params }: Props) {
  const { key, category, page } = await params;
  const { filter, list } = await loadJobList(key, category, page);
  redirectToCanonical(filter, page, `${JOBS_PATH}/${key}/${category}/page/${page}`);
  const heading = jobListHeading(filter);
  return (
    <JobListPage
      heading={heading}
      crumbs={[{ label: "首页", href: "/" }, { label: "人才网", href: JOBS_PATH }, { label: heading, href: jobListHref(filter) }, { label: `第${list.page}页` }]}
      filter={filter}
      list={list}
    />
  );
}
