import { BlockHeading } from "@/components/ui/block-heading";
import { JOBS_PATH } from "@/lib/jobs/job-urls";
import type { JobListItem } from "@/lib/view-types";
import { JobList } from "./job-list";

/** 人才网 on the homepage: the newest open posts and a link to all of them. */
export function JobListBlock({ jobs }: { jobs: JobListItem[] }) {
  if (jobs.length === 0) return null;
  return (
    <section aria-labelledby="jobs-heading" className="mt-8">
      <BlockHeading id="jobs-heading" title="人才网" moreHref={JOBS_PATH} moreLabel="职位" />
      <JobList items={jobs} headingLevel={3} />
    </section>
  );
}
