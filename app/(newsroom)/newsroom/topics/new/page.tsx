import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicForm } from "@/components/newsroom/topic-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageTopics } from "@/lib/auth/permissions";
import { saveTopicAction } from "../actions";

export const metadata: Metadata = { title: "新建专题" };

export default async function NewTopicPage() {
  const actor = await requireActor();
  if (!canManageTopics(actor)) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">新建专题</h1>
      <TopicForm topic={null} action={saveTopicAction} />
    </>
  );
}
