import type { Metadata } from "next";
import { ContributeForm } from "@/components/contribute/contribute-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { submitContributionAction } from "./actions";

export const metadata: Metadata = {
  title: "在线投稿",
  description: "向黔东南信息港投稿：身边的新鲜事、新闻线索和图片。",
};

// The same for everyone, so it is built once and served static: the
// reader's address is read by the action, never by the page.
export default function ContributePage() {
  return (
    <div className="mx-auto max-w-3xl pb-6">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "在线投稿" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">在线投稿</h1>
      <div className="mt-3 space-y-2 text-sm text-muted">
        <p>身边的新鲜事、新闻线索、现场图片，都欢迎告诉我们。</p>
        <p>请留下您的姓名和联系方式，以便编辑核实稿件；联系方式只供编辑部使用，不会公开。来稿经编辑审阅后择优刊发，刊发时可能有删改。</p>
      </div>
      <ContributeForm action={submitContributionAction} />
    </div>
  );
}
