import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { JobDetail } from "@/components/jobs/job-detail";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ViewBeacon } from "@/components/ui/view-beacon";
import { getPublishedJob } from "@/lib/data/jobs/get-job";
import { isJobExpired } from "@/lib/jobs/expiry";
import { findCounty } from "@/lib/jobs/counties";
import { ALL, JOBS_PATH, jobHref, jobListHref } from "@/lib/jobs/job-urls";
import { parsePositiveInt } from "@/lib/site/params";

// /jobs/<id>: one post. Its own edits expire `job:<id>`; the time limit is
// for expiry, which nothing announces: within 5 minutes of its closing time
// the page says 该职位已过期 and hides the contact details.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

/** The segment is a post's id; a county's slug alone means that county's list. */
async function loadJob(key: string) {
  if (findCounty(key)) permanentRedirect(jobListHref({ county: key, category: ALL }));
  const id = parsePositiveInt(key, 9);
  const job = id === null ? null : await getPublishedJob(id);
  if (!job) notFound();
  return job;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const job = await loadJob((await params).key);
  return {
    title: `${job.position} - ${job.employer} - 人才网`,
    description: `${job.employer}招聘${job.position}，工作地点${job.county.name}。`,
    alternates: { canonical: jobHref(job.id) },
  };
}

export default async function JobPage({ params }: Props) {
  const job = await loadJob((await params).key);
  const expired = isJobExpired(job);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb
        items={[
          { label: "首页", href: "/" },
          { label: "人才网", href: JOBS_PATH },
          { label: job.county.name, href: jobListHref({ county: job.county.slug, category: ALL }) },
          { label: "职位详情" },
        ]}
      />
      <JobDetail job={job} expired={expired} />
      <ViewBeacon kind="job" id={job.id} />
    </div>
  );
}
