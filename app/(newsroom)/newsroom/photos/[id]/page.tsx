import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PhotoSetForm } from "@/components/newsroom/photo-set-form";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { WorkflowPanel } from "@/components/newsroom/workflow-panel";
import { TimeText } from "@/components/ui/time-text";
import { requireActor } from "@/lib/auth/current-actor";
import { canEditPhotoSet, canPublishPhotoSet } from "@/lib/auth/permissions";
import { getPhotoSetForEdit } from "@/lib/data/newsroom/get-photo-set-for-edit";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { photoSetHref } from "@/lib/site/channels";
import { parseId } from "@/lib/site/params";
import { publishPhotoSetAction, savePhotoSetAction, withdrawPhotoSetAction } from "../actions";
import { STATUS } from "@/lib/content/status";

export const metadata: Metadata = { title: "编辑图集" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPhotoSetPage({ params }: Props) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const set = id === null ? null : await getPhotoSetForEdit(actor, id);
  if (!set) notFound();

  const publisher = canPublishPhotoSet(actor, set);
  const editable = canEditPhotoSet(actor, set) && (set.status !== STATUS.published || publisher);
  const sections = (await findNewsSections()).filter((s) => s.id === set.sectionId || canEditPhotoSet(actor, { ...set, sectionId: s.id }));

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="min-w-0 lg:col-span-2">
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">编辑图集</h1>
          <StatusBadge status={set.status} />
          {set.status === STATUS.published ? (
            <Link prefetch={false} href={photoSetHref(set.id)} className="text-sm text-brand underline">
              查看网页
            </Link>
          ) : null}
        </div>
        {editable ? (
          <PhotoSetForm set={set} sections={sections} saveAction={savePhotoSetAction} />
        ) : (
          <div className="rounded border border-line bg-white p-4">
            <p className="mb-3 text-sm text-muted">这个图集已交给编辑处理，您不能再修改。</p>
            <h2 className="text-xl font-bold">{set.title}</h2>
            <p className="mt-2">{set.summary}</p>
            <p className="mt-2 text-sm text-muted">共{set.photos.length}张图片</p>
          </div>
        )}
      </div>
      <aside className="space-y-4">
        <WorkflowPanel
          id={set.id}
          schedulable={false}
          withdrawConfirm="撤稿后图集将从网站上消失，确定吗？"
          actions={{
            publish: publisher && set.status !== STATUS.published ? publishPhotoSetAction : undefined,
            withdraw: publisher && set.status === STATUS.published ? withdrawPhotoSetAction : undefined,
          }}
        />
        {set.publishedAt ? (
          <p className="rounded border border-line bg-white p-4 text-sm">
            <span className="text-muted">发布时间：</span>
            <TimeText iso={set.publishedAt} />
          </p>
        ) : null}
        {!publisher ? <p className="text-sm text-muted">图集由栏目编辑审核发布。</p> : null}
      </aside>
    </div>
  );
}
