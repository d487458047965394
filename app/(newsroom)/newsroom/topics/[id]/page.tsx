import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TopicArticlePicker } from "@/components/newsroom/topic-article-picker";
import { TopicForm } from "@/components/newsroom/topic-form";
import { TopicGroupsEditor } from "@/components/newsroom/topic-groups-editor";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageTopics } from "@/lib/auth/permissions";
import { getTopicForEdit, searchPublishedArticles } from "@/lib/data/newsroom/newsroom-topics";
import { parsePositiveInt } from "@/lib/site/params";
import { topicHref } from "@/lib/topics/topic-urls";
import {
  addTopicGroupAction,
  addTopicItemAction,
  moveTopicGroupAction,
  moveTopicItemAction,
  pushTopicItemAction,
  removeTopicGroupAction,
  removeTopicItemAction,
  renameTopicGroupAction,
  saveTopicAction,
} from "../actions";

export const metadata: Metadata = { title: "编辑专题" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditTopicPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  if (!canManageTopics(actor)) notFound();
  const id = parsePositiveInt((await params).id);
  const topic = id === null ? null : await getTopicForEdit(id);
  if (!topic) notFound();
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q ?? "").trim().slice(0, 50);
  const results = await searchPublishedArticles(query);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">编辑专题：{topic.title}</h1>
        <p className="flex gap-3 text-sm">
          <Link href="/newsroom/topics" className="inline-flex min-h-11 items-center text-brand hover:underline">
            ‹ 全部专题
          </Link>
          {topic.visible ? (
            <Link prefetch={false} href={topicHref(topic.slug)} className="inline-flex min-h-11 items-center text-brand hover:underline">
              查看专题页
            </Link>
          ) : null}
        </p>
      </div>
      <TopicForm topic={topic} action={saveTopicAction} />
      <TopicGroupsEditor
        topicId={topic.id}
        groups={topic.groups}
        actions={{
          addGroup: addTopicGroupAction,
          renameGroup: renameTopicGroupAction,
          moveGroup: moveTopicGroupAction,
          removeGroup: removeTopicGroupAction,
          addItem: addTopicItemAction,
          moveItem: moveTopicItemAction,
          removeItem: removeTopicItemAction,
          pushItem: pushTopicItemAction,
        }}
      />
      <TopicArticlePicker query={query} results={results} groups={topic.groups} addItem={addTopicItemAction} />
    </div>
  );
}
