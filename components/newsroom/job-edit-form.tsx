"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { JobFields, type JobFieldValues } from "@/components/jobs/job-fields";
import type { FormAction } from "@/lib/actions/form-state";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

type Props = { job: (JobFieldValues & { id: number }) | null; action: FormAction };

/** The newsroom's editor for a job post; a new post is published at once and then opened for editing. */
export function JobEditForm({ job, action }: Props) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  useEffect(() => {
    if (!job && state.status === "ok" && state.id) router.push(`/newsroom/jobs/${state.id}`);
  }, [job, state, router]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={job ? "编辑招聘信息" : "发布招聘信息"} className="space-y-5 rounded border border-line bg-white p-4">
      <input type="hidden" name="id" value={job?.id ?? ""} />
      <JobFields errors={errors} values={job ?? undefined} />
      <SubmitBar label={job ? "保存" : "发布"} pending={pending} state={state} />
    </form>
  );
}
