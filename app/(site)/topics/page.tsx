import type { Metadata } from "next";
import { TopicCardList } from "@/components/topics/topic-card-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getTopicDirectory } from "@/lib/data/topics/list-topics";
import { TOPICS_PATH } from "@/lib/topics/topic-urls";
import type { TopicSummary } from "@/lib/view-types";

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
      <TopicSection id="ongoing" heading="进行中" topics={ongoing} />
      <TopicSection id="closed" heading="已结束" topics={closed} />
    </div>
  );
}

function TopicSection({ id, heading, topics }: { id: string; heading: string; topics: TopicSummary[] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6">
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-bold">
        {heading}
      </h2>
      <TopicCardList topics={topics} />
    </section>
  );
}
