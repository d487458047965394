import Link from "next/link";
import { Breadcrumb, type Crumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { JOB_POST_FORM_PATH, jobListHref, type JobFilter } from "@/lib/jobs/job-urls";
import type { JobListItem, Paginated } from "@/lib/view-types";
import { JobFilters } from "./job-filters";
import { JobList } from "./job-list";

type Props = { heading: string; crumbs: Crumb[]; filter: JobFilter; list: Paginated<JobListItem> };

/** 人才网's lists: heading, the filters, the open posts and page numbers. */
export function JobListPage({ heading, crumbs, filter, list }: Props) {
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={crumbs} />
      <div className="mt-1 flex flex-wrap items-end justify-between gap-2 border-b-2 border-brand pb-2">
        <h1 className="text-2xl font-bold">
          {heading}
          {list.page > 1 ? <span className="ml-2 text-base font-normal text-muted">第{list.page}页</span> : null}
        </h1>
        <Link prefetch={false} href={JOB_POST_FORM_PATH} className="inline-flex min-h-11 items-center rounded bg-brand px-4 text-sm text-white hover:bg-brand-dark">
          免费发布招聘
        </Link>
      </div>
      <JobFilters filter={filter} />
      <p className="mt-2 text-sm text-muted">共 {list.total} 个在招职位</p>
      <JobList items={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => jobListHref(filter, n)} />
    </div>
  );
}
