import type { Metadata } from "next";
import { JobListPage } from "@/components/jobs/job-list-page";
import { JOBS_FEED_PATH, JOBS_PATH } from "@/lib/jobs/job-urls";
import { loadJobList } from "@/lib/site/job-pages";

// Short on purpose: a post that reaches its closing time must leave the list
// without anyone doing anything (OPEN_JOBS_REVALIDATE_SECONDS in lib/data/jobs/list-jobs.ts). Keep the
// literal in step with it: Next reads route segment options statically.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "人才网",
  description: "黔东南信息港人才网：凯里及十五县最新招聘信息，按县市和职位类别查找。",
  alternates: { canonical: JOBS_PATH, types: { "application/rss+xml": [{ url: JOBS_FEED_PATH, title: "人才网最新招聘" }] } },
};

export default async function JobsPage() {
  const { filter, list } = await loadJobList();
  return <JobListPage heading="人才网" crumbs={[{ label: "首页", href: "/" }, { label: "人才网" }]} filter={filter} list={list} />;
}
