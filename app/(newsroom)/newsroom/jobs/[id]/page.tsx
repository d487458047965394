import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobEditForm } from "@/components/newsroom/job-edit-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageJobs } from "@/lib/auth/permissions";
import { getJobForEdit, JOB_STATUS_LABELS, type JobStatus } from "@/lib/data/newsroom/list-newsroom-jobs";
import { parsePositiveInt } from "@/lib/site/params";
import { saveJobAction } from "../actions";

export const metadata: Metadata = { title: "编辑招聘" };

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!canManageJobs(actor)) notFound();
  const id = parsePositiveInt((await params).id);
  const job = id === null ? null : await getJobForEdit(id);
  if (!job) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href={`/newsroom/jobs?status=${job.status}`} className="inline-flex min-h-11 items-center text-brand hover:underline">
          ‹ 返回{JOB_STATUS_LABELS[job.status as JobStatus] ?? ""}列表
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">编辑招聘 #{job.id}</h1>
      <JobEditForm job={job} action={saveJobAction} />
    </>
  );
}
