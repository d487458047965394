import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FollowButton } from "@/components/follows/follow-button";
import { TopicGroups } from "@/components/topics/topic-groups";
import { TopicStatusBadge } from "@/components/topics/topic-status-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { findVisibleTopicSlugs, getVisibleTopic } from "@/lib/data/topics/get-topic";
import { TOPICS_PATH, topicHref, topicItemKeys } from "@/lib/topics/topic-urls";

// Topic commands expire `topic:<slug>`, article changes `articles`; this is the fallback.
export const revalidate = 600;
// Topics made after the build are rendered on their first request.
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await findVisibleTopicSlugs()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

async function loadTopic(slug: string) {
  const topic = await getVisibleTopic(slug);
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return { title: `${topic.title} - 专题`, description: topic.summary, alternates: { canonical: topicHref(topic.slug) } };
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic((await params).slug);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "专题", href: TOPICS_PATH }, { label: topic.title }]} />
      {topic.banner ? (
        <ResponsiveImage image={topic.banner} sizes="(min-width: 768px) 768px, 100vw" priority alt="" className="mt-1 aspect-[3/1] w-full rounded object-cover" />
      ) : null}
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold">
          {topic.title}
          <TopicStatusBadge ongoing={topic.ongoing} />
        </h1>
        <FollowButton kind="topic" slug={topic.slug} name={topic.title} itemKeys={topicItemKeys(topic)} />
      </div>
      {topic.summary ? <p className="mt-2 text-muted">{topic.summary}</p> : null}
      {/* Sanitized on the server before it was stored (lib/newsroom/topics/save-topic.ts). */}
      {topic.introHtml ? <div className="article-body mt-4 rounded bg-neutral-50 p-4" dangerouslySetInnerHTML={{ __html: topic.introHtml }} /> : null}
      <div className="mt-6">
        <TopicGroups groups={topic.groups} />
      </div>
    </div>
  );
}
