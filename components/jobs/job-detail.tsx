import { formatDate, toChinaIso } from "@/lib/format/date";
import { formatSalary } from "@/lib/jobs/salary";
import { telHref } from "@/lib/site/duty-contact";
import type { JobView } from "@/lib/view-types";

/**
 * One post. Once it has expired it says so and hides the contact details:
 * the page stays reachable (links to it keep working) but nobody should
 * still apply.
 */
export function JobDetail({ job, expired }: { job: JobView; expired: boolean }) {
  const facts: [string, React.ReactNode][] = [
    ["招聘单位", job.employer],
    ["工作地点", job.county.name],
    ["职位类别", job.category.name],
    ["薪资待遇", <span key="salary" className="font-bold text-brand">{formatSalary(job.salaryMin, job.salaryMax)}</span>],
    ["招聘人数", `${job.headcount}人`],
    ["发布日期", <Day key="published" iso={job.publishedAt} />],
    ["截止日期", <Day key="expires" iso={job.expiresAt} />],
  ];
  return (
    <article aria-labelledby="job-heading">
      <h1 id="job-heading" className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold break-words">
        {job.position}
      </h1>
      {expired ? (
        <p role="status" className="mt-3 rounded bg-neutral-100 p-3 font-bold text-muted">
          该职位已过期，招聘已截止。
        </p>
      ) : null}
      <dl className="mt-3 grid grid-cols-[5.5em_1fr] gap-x-3 gap-y-2 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {job.requirements ? <Block title="任职要求" text={job.requirements} /> : null}
      {job.description ? <Block title="职位描述" text={job.description} /> : null}
      {expired ? null : (
        <section aria-labelledby="contact-heading" className="mt-6 rounded border border-line p-4">
          <h2 id="contact-heading" className="font-bold">
            联系方式
          </h2>
          <dl className="mt-2 grid grid-cols-[5.5em_1fr] items-baseline gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted">联系人</dt>
            <dd>{job.contactName}</dd>
            {job.contactPhone ? (
              <>
                <dt className="text-muted">电话</dt>
                <dd>
                  <a href={telHref(job.contactPhone)} className="inline-flex min-h-11 items-center text-brand hover:underline">
                    {job.contactPhone}
                  </a>
                </dd>
              </>
            ) : null}
            {job.contactEmail ? (
              <>
                <dt className="text-muted">邮箱</dt>
                <dd className="break-all">
                  <a href={`mailto:${job.contactEmail}`} className="inline-flex min-h-11 items-center text-brand hover:underline">
                    {job.contactEmail}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          <p className="mt-2 text-xs text-muted">求职时请说明在黔东南信息港人才网看到此信息。凡收取费用、扣押证件的招聘均属违规，请提高警惕。</p>
        </section>
      )}
    </article>
  );
}

function Block({ title, text }: { title: string; text: string }) {
  return (
    <section className="mt-5">
      <h2 className="font-bold">{title}</h2>
      <p className="mt-1 text-sm leading-relaxed break-words whitespace-pre-line">{text}</p>
    </section>
  );
}

function Day({ iso }: { iso: string }) {
  const date = new Date(iso);
  return <time dateTime={toChinaIso(date)}>{formatDate(date)}</time>;
}
