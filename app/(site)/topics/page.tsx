import type { Metadata } from "next";
import { TopicCardList } from "@/components/topics/topic-card-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getTopicDirectory } from "@/lib/data/topics/list-topics";
import { TOPICS_PATH } from "@/lib/topics/topic-urls";

// Topic commands expire the `topics` tag; this is the fallback.
export const revalidate = 600;

export const metadata: Metadata = {
  title: "专题",
  description: "黔东南信息港专题：民族节庆、乡村振兴、平安建设等专题报道合集。",
  alternates: { canonical: TOPICS_PATH },
};

export default async function TopicsPage() {
  const topics = await getTopicDirectory();
  const ongoing = topics.filter((t) => t.ongoing);
  const closed = topics.filter((t) => !t.ongoing);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "专题" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">专题</h1>
      {topics.length === 0 ? <p className="py-8 text-center text-muted">暂无专题</p> : null}
      {ongoing.length ? (
        <section aria-labelledby="ongoing-heading" className="mt-4">
          <h2 id="ongoing-heading" className="mb-3 text-lg font-bold">
            进行中
          </h2>
          <TopicCardList topics={ongoing} />
        </section>
      ) : null}
      {closed.length ? (
        <section aria-labelledby="closed-heading" className="mt-8">
          <h2 id="closed-heading" className="mb-3 text-lg font-bold">
            已结束
          </h2>
          <TopicCardList topics={closed} />
        </section>
      ) : null}
    </div>
  );
}
