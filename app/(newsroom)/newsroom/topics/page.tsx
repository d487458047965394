import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/newsroom/action-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageTopics } from "@/lib/auth/permissions";
import { listNewsroomTopics } from "@/lib/data/newsroom/newsroom-topics";
import { topicHref } from "@/lib/topics/topic-urls";
import { moveTopicAction } from "./actions";

export const metadata: Metadata = { title: "专题" };

export default async function NewsroomTopicsPage() {
  const actor = await requireActor();
  if (!canManageTopics(actor)) notFound();
  const topics = await listNewsroomTopics();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">专题</h1>
        <Link href="/newsroom/topics/new" className="inline-flex min-h-11 items-center rounded bg-brand px-4 text-sm text-white hover:bg-brand-dark">
          新建专题
        </Link>
      </div>
      <p className="mb-2 text-sm text-muted">读者看到的顺序：进行中的专题在前，已结束的在后，各自按下表顺序。</p>
      <table className="w-full border-collapse rounded border border-line bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th className="p-2">专题</th>
            <th className="p-2">网址</th>
            <th className="p-2">状态</th>
            <th className="p-2">条目</th>
            <th className="p-2">顺序</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t, i) => (
            <tr key={t.id} className="border-b border-line">
              <td className="p-2">
                <Link href={`/newsroom/topics/${t.id}`} className="inline-flex min-h-11 items-center font-medium text-brand hover:underline">
                  {t.title}
                </Link>
              </td>
              <td className="p-2">
                <code>{topicHref(t.slug)}</code>
              </td>
              <td className="p-2">
                {t.ongoing ? "进行中" : "已结束"}
                {t.visible ? "" : " · 已隐藏"}
              </td>
              <td className="p-2">{t.itemCount}</td>
              <td className="p-2">
                <span className="flex flex-wrap gap-1">
                  {i > 0 && topics[i - 1].ongoing === t.ongoing ? (
                    <ActionForm action={moveTopicAction} fields={{ topicId: t.id, direction: "up" }} label="上移" ariaLabel={`上移专题：${t.title}`} />
                  ) : null}
                  {i < topics.length - 1 && topics[i + 1].ongoing === t.ongoing ? (
                    <ActionForm action={moveTopicAction} fields={{ topicId: t.id, direction: "down" }} label="下移" ariaLabel={`下移专题：${t.title}`} />
                  ) : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
