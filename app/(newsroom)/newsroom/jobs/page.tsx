import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/newsroom/action-form";
import { StatusTabs } from "@/components/newsroom/status-tabs";
import { Pagination } from "@/components/ui/pagination";
import { TimeText } from "@/components/ui/time-text";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageJobs } from "@/lib/auth/permissions";
import { JOB_STATUS_LABELS, JOB_STATUSES, listNewsroomJobs, parseJobFilters, type JobStatus, type NewsroomJobRow } from "@/lib/data/newsroom/list-newsroom-jobs";
import { formatDate } from "@/lib/format/date";
import { isJobExpired } from "@/lib/jobs/expiry";
import { jobHref } from "@/lib/jobs/job-urls";
import { formatSalary } from "@/lib/jobs/salary";
import { approveJobAction, rejectJobAction, withdrawJobAction } from "./actions";
import { STATUS } from "@/lib/content/status";

export const metadata: Metadata = { title: "人才网" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const hrefOf = (status: JobStatus, page = 1) => `/newsroom/jobs?status=${status}${page > 1 ? `&page=${page}` : ""}`;

export default async function NewsroomJobsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!canManageJobs(actor)) notFound();
  const filters = parseJobFilters(await searchParams);
  const list = await listNewsroomJobs(filters);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">人才网</h1>
        <Link href="/newsroom/jobs/new" className="inline-flex min-h-11 items-center rounded bg-brand px-4 text-sm text-white hover:bg-brand-dark">
          发布招聘
        </Link>
      </div>
      <StatusTabs label="招聘状态" statuses={JOB_STATUSES} current={filters.status} labels={JOB_STATUS_LABELS} counts={list.counts} href={(status) => hrefOf(status)} />
      {list.items.length === 0 ? (
        <p className="rounded border border-line bg-white p-6 text-center text-muted">暂无{JOB_STATUS_LABELS[filters.status]}的招聘信息</p>
      ) : (
        <ul className="space-y-4">
          {list.items.map((job) => (
            <li key={job.id}>
              <JobCard job={job} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => hrefOf(filters.status, n)} />
    </>
  );
}

function JobCard({ job }: { job: NewsroomJobRow }) {
  const name = `${job.employer}：${job.position}`;
  return (
    <article aria-label={name} className="space-y-2 rounded border border-line bg-white p-4">
      <h2 className="text-lg font-bold break-words">
        {job.position} <span className="text-base font-normal text-muted">{job.employer}</span>
      </h2>
      <p className="flex flex-wrap gap-x-4 text-sm text-muted">
        <span>{job.county.name}</span>
        <span>{job.category.name}</span>
        <span>{formatSalary(job.salaryMin, job.salaryMax)}</span>
        <span>招{job.headcount}人</span>
        <span>截止 {formatDate(new Date(job.expiresAt))}{isJobExpired(job) ? "（已过期）" : ""}</span>
        <span>
          提交 <TimeText iso={job.createdAt} />
        </span>
        {job.submitterIp ? <span>来自 {job.submitterIp}</span> : null}
      </p>
      <p className="text-sm">
        联系人：{job.contactName} {job.contactPhone} {job.contactEmail}
      </p>
      {job.requirements ? <p className="text-sm break-words whitespace-pre-line">任职要求：{job.requirements}</p> : null}
      {job.description ? <p className="text-sm break-words whitespace-pre-line">职位描述：{job.description}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        {job.status === STATUS.pending ? (
          <>
            <ActionForm action={approveJobAction} fields={{ id: job.id }} label="通过" ariaLabel={`通过：${name}`} variant="primary" />
            <ActionForm action={rejectJobAction} fields={{ id: job.id }} label="拒绝" ariaLabel={`拒绝：${name}`} confirm="确定拒绝这条招聘信息吗？" />
          </>
        ) : null}
        {job.status === STATUS.published ? (
          <>
            <Link prefetch={false} href={jobHref(job.id)} className="inline-flex min-h-11 items-center px-2 text-sm text-brand hover:underline">
              查看
            </Link>
            <ActionForm action={withdrawJobAction} fields={{ id: job.id }} label="撤下" ariaLabel={`撤下：${name}`} confirm="确定撤下这条招聘信息吗？撤下后页面将无法访问。" />
          </>
        ) : null}
        <Link href={`/newsroom/jobs/${job.id}`} className="inline-flex min-h-11 items-center px-2 text-sm text-brand hover:underline">
          编辑
        </Link>
      </div>
    </article>
  );
}
