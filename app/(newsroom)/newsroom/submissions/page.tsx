import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SubmissionActions } from "@/components/newsroom/submission-actions";
import { StatusTabs } from "@/components/newsroom/status-tabs";
import { Pagination } from "@/components/ui/pagination";
import { TimeText } from "@/components/ui/time-text";
import { requireActor } from "@/lib/auth/current-actor";
import { canHandleSubmissions } from "@/lib/auth/permissions";
import { imageSrc } from "@/lib/media/image-url";
import {
  listSubmissions,
  parseSubmissionFilters,
  SUBMISSION_STATUS_LABELS,
  SUBMISSION_STATUSES,
  type SubmissionRow,
  type SubmissionStatus,
} from "@/lib/newsroom/submissions/list-submissions";
import { convertSubmissionAction, rejectSubmissionAction } from "./actions";

export const metadata: Metadata = { title: "读者投稿" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const hrefOf = (status: SubmissionStatus, page = 1) =>
  `/newsroom/submissions?status=${status}${page > 1 ? `&page=${page}` : ""}`;

export default async function SubmissionsPage({ searchParams }: Props) {
  const actor = await requireActor();
  // Reporters do not handle readers' mail: to them the page does not exist.
  if (!canHandleSubmissions(actor)) notFound();
  const filters = parseSubmissionFilters(await searchParams);
  const list = await listSubmissions(actor, filters);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">读者投稿</h1>
      <StatusTabs label="投稿状态" statuses={SUBMISSION_STATUSES} current={filters.status} labels={SUBMISSION_STATUS_LABELS} counts={list.counts} href={(status) => hrefOf(status)} />
      {list.items.length === 0 ? (
        <p className="rounded border border-line bg-white p-6 text-center text-muted">暂无{SUBMISSION_STATUS_LABELS[filters.status]}</p>
      ) : (
        <ul className="space-y-4">
          {list.items.map((item) => (
            <li key={item.id}>
              <SubmissionCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => hrefOf(filters.status, n)} />
    </>
  );
}

function SubmissionCard({ item }: { item: SubmissionRow }) {
  const headingId = `submission-${item.id}`;
  const contactHref = item.contact.includes("@") ? `mailto:${item.contact}` : `tel:${item.contact.replace(/[^\d+]/g, "")}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-line bg-white p-4">
      <header>
        <h2 id={headingId} className="text-lg font-bold break-words">
          {item.title}
        </h2>
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-muted">
          <span>投稿人：{item.name}</span>
          <span>
            联系方式：
            <a href={contactHref} className="hover:text-brand">
              {item.contact}
            </a>
          </span>
          <TimeText iso={item.createdAt} />
        </p>
      </header>
      <p className="text-sm break-words whitespace-pre-line">{item.excerpt}</p>
      {item.body.length > item.excerpt.length ? (
        <details className="text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand">阅读全文</summary>
          <div className="mt-2 break-words whitespace-pre-line">{item.body}</div>
        </details>
      ) : null}
      {item.images.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="投稿图片">
          {item.images.map((image, i) => (
            <li key={image.key}>
              <a href={imageSrc(image, 1280)} target="_blank" rel="noopener noreferrer">
                <img src={imageSrc(image, 320)} alt={`图片${i + 1}（查看大图）`} loading="lazy" className="h-20 w-28 rounded border border-line object-cover" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {item.status === "new" ? (
        <SubmissionActions id={item.id} title={item.title} convert={convertSubmissionAction} reject={rejectSubmissionAction} />
      ) : item.status === "drafted" && item.articleId ? (
        <Link href={`/newsroom/articles/${item.articleId}`} className="inline-flex min-h-11 items-center text-sm text-brand hover:underline">
          打开草稿（稿件 #{item.articleId}）
        </Link>
      ) : null}
    </article>
  );
}
