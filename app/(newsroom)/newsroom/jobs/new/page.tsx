import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobEditForm } from "@/components/newsroom/job-edit-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageJobs } from "@/lib/auth/permissions";
import { saveJobAction } from "../actions";

export const metadata: Metadata = { title: "发布招聘" };

export default async function NewJobPage() {
  const actor = await requireActor();
  if (!canManageJobs(actor)) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">发布招聘</h1>
      <JobEditForm job={null} action={saveJobAction} />
    </>
  );
}
