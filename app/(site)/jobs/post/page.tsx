import type { Metadata } from "next";
import { JobPostForm } from "@/components/jobs/job-post-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { JOBS_PATH } from "@/lib/jobs/job-urls";
import { submitJobPostAction } from "./actions";

export const metadata: Metadata = {
  title: "发布招聘 - 人才网",
  description: "在黔东南信息港人才网免费发布招聘信息，审核通过后公开。",
};

// The same for everyone, so it is built once and served static: the
// sender's address is read by the action, never by the page.
export default function JobPostPage() {
  return (
    <div className="mx-auto max-w-3xl pb-6">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "人才网", href: JOBS_PATH }, { label: "发布招聘" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">发布招聘</h1>
      <div className="mt-3 space-y-2 text-sm text-muted">
        <p>用人单位可在此免费发布招聘信息。提交后由编辑审核，通过后在人才网公开，截止日期过后自动下线。</p>
        <p>请如实填写；不得收取求职者任何费用，不得发布与就业无关的信息。联系方式将随职位公开。</p>
      </div>
      <JobPostForm action={submitJobPostAction} />
    </div>
  );
}
