import Link from "next/link";
import { JOBS_PATH } from "@/lib/jobs/job-urls";
import type { JobListItem } from "@/lib/view-types";
import { JobList } from "./job-list";

/** 人才网 on the homepage: the newest open posts and a link to all of them. */
export function JobListBlock({ jobs }: { jobs: JobListItem[] }) {
  if (jobs.length === 0) return null;
  return (
    <section aria-labelledby="jobs-heading" className="mt-8">
      <div className="flex items-center justify-between border-b-2 border-brand">
        <h2 id="jobs-heading" className="pb-1 text-lg font-bold">
          人才网
        </h2>
        <Link prefetch={false} href={JOBS_PATH} className="flex min-h-11 items-center text-sm text-muted hover:text-brand">
          更多职位 ›
        </Link>
      </div>
      <JobList items={jobs} headingLevel={3} />
    </section>
  );
}
