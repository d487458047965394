import type { Metadata } from "next";
import { JobListPage } from "@/components/jobs/job-list-page";
import { JOBS_PATH, jobListHref } from "@/lib/jobs/job-urls";
import { loadJobList, redirectToCanonical } from "@/lib/site/job-pages";

// As /jobs: expired posts leave within minutes.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { filter, list } = await loadJobList(undefined, undefined, (await params).page);
  return { title: `人才网 第${list.page}页`, alternates: { canonical: jobListHref(filter, list.page) } };
}

export default async function JobsListPage({ params }: Props) {
  const { page } = await params;
  const { filter, list } = await loadJobList(undefined, undefined, page);
  redirectToCanonical(filter, page, `${JOBS_PATH}/page/${page}`);
  return (
    <JobListPage
      heading="人才网"
      crumbs={[{ label: "首页", href: "/" }, { label: "人才网", href: JOBS_PATH }, { label: `第${list.page}页` }]}
      filter={filter}
      list={list}
    />
  );
}
