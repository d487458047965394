import Link from "next/link";
import { TimeText } from "@/components/ui/time-text";
import { jobHref } from "@/lib/jobs/job-urls";
import { formatSalary } from "@/lib/jobs/salary";
import type { JobListItem } from "@/lib/view-types";

/** Job posts: position, salary, employer, place and category, headcount, 发布日期. */
export function JobList({ items, headingLevel = 2 }: { items: JobListItem[]; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return <p className="py-8 text-center text-muted">暂无符合条件的招聘信息</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-line">
      {items.map((job) => (
        <li key={job.id} className="py-3">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <Heading className="text-[1.0625rem] leading-snug font-bold">
              <Link prefetch={false} href={jobHref(job.id)} className="flex min-h-11 min-w-11 items-center hover:text-brand">
                {job.position}
              </Link>
            </Heading>
            <span className="font-bold text-brand">{formatSalary(job.salaryMin, job.salaryMax)}</span>
          </div>
          <p className="mt-1 text-sm break-words">{job.employer}</p>
          <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
            <span>{job.county.name}</span>
            <span>{job.category.name}</span>
            <span>招{job.headcount}人</span>
            <span>
              发布 <TimeText iso={job.publishedAt} format="short" />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
