import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MediaFileUpload } from "@/components/newsroom/media-file-upload";
import { MediaItemForm } from "@/components/newsroom/media-item-form";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { StepForm } from "@/components/newsroom/workflow-panel";
import { MediaPlayer } from "@/components/video/media-player";
import { requireActor } from "@/lib/auth/current-actor";
import { canEditMediaItem, canPublishMediaItem } from "@/lib/auth/permissions";
import { getMediaItemForEdit } from "@/lib/data/newsroom/list-newsroom-media";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { formatDuration } from "@/lib/format/duration";
import { maxAvUploadBytes } from "@/lib/media/av/process-av-upload";
import { mediaItemHref } from "@/lib/site/video-links";
import { parseId } from "@/lib/site/params";
import { deleteMediaItemAction, publishMediaItemAction, removeSubtitlesAction, saveMediaItemAction, withdrawMediaItemAction } from "../actions";
import { STATUS } from "@/lib/content/status";

export const metadata: Metadata = { title: "编辑视听节目" };

type Props = { params: Promise<{ id: string }> };

export default async function EditMediaItemPage({ params }: Props) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const item = id === null ? null : await getMediaItemForEdit(actor, id);
  if (!item) notFound();

  const editable = canEditMediaItem(actor, item);
  const publisher = canPublishMediaItem(actor, item);
  const sections = (await findNewsSections()).filter((s) => s.id === item.sectionId || canEditMediaItem(actor, { ...item, sectionId: s.id }));
  const maxMb = Math.floor(maxAvUploadBytes() / 1024 / 1024);
  const base = `/newsroom/api/media-items/${item.id}`;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">编辑视听节目</h1>
          <StatusBadge status={item.status} />
          {item.status === STATUS.published ? (
            <Link prefetch={false} href={mediaItemHref(item.id)} className="text-sm text-brand underline">
              查看网页
            </Link>
          ) : null}
        </div>
        {editable ? (
          <MediaItemForm item={item} sections={sections} saveAction={saveMediaItemAction} />
        ) : (
          <p className="rounded border border-line bg-white p-4 text-sm text-muted">这个节目已交给编辑处理，您不能再修改。</p>
        )}
        <section aria-labelledby="file-heading" className="space-y-4 rounded border border-line bg-white p-4">
          <h2 id="file-heading" className="font-bold">
            {item.kind === "video" ? "视频文件" : "音频文件"}
          </h2>
          {item.fileName ? (
            <>
              <p className="text-sm">
                时长 {formatDuration(item.durationSeconds)} · {(item.fileSize / 1024 / 1024).toFixed(1)} MB · {item.mimeType}
                {item.subtitlesFile ? " · 有中文字幕" : " · 无字幕"}
              </p>
              <MediaPlayer
                item={{ ...item, publishedAt: item.publishedAt ?? new Date().toISOString(), section: null, updatedAt: "" }}
              />
            </>
          ) : (
            <p className="text-sm text-brand">还没有上传文件，上传后才能发布。</p>
          )}
          {editable ? (
            <>
              <MediaFileUpload
                url={`${base}/file`}
                label={item.fileName ? "更换文件" : "上传文件"}
                accept={item.kind === "video" ? "video/mp4,.mp4" : "audio/mp4,audio/mpeg,.m4a,.mp3"}
                hint={
                  item.kind === "video"
                    ? `MP4（H.264 视频、AAC 音频），不超过${maxMb}MB；时长从文件读取`
                    : `M4A（AAC）或 MP3，不超过${maxMb}MB；时长从文件读取`
                }
              />
              <MediaFileUpload url={`${base}/subtitles`} label={item.subtitlesFile ? "更换字幕" : "上传字幕"} accept=".vtt,text/vtt" hint="WebVTT 格式（.vtt，以 WEBVTT 开头），UTF-8 编码，不超过512KB" />
              {item.subtitlesFile ? <StepForm id={item.id} version={1} action={removeSubtitlesAction} label="删除字幕" kind="danger" confirm="确定删除字幕吗？" /> : null}
            </>
          ) : null}
        </section>
      </div>
      <aside className="space-y-4">
        <section aria-labelledby="workflow-heading" className="space-y-3 rounded border border-line bg-white p-4">
          <h2 id="workflow-heading" className="font-bold">
            发布
          </h2>
          {publisher && item.status !== STATUS.published ? <StepForm id={item.id} version={1} action={publishMediaItemAction} label="发布" kind="primary" /> : null}
          {publisher && item.status === STATUS.published ? (
            <StepForm id={item.id} version={1} action={withdrawMediaItemAction} label="撤下" kind="danger" confirm="撤下后节目将从网站上消失，确定吗？" />
          ) : null}
          {publisher && item.status !== STATUS.published ? (
            <StepForm id={item.id} version={1} action={deleteMediaItemAction} label="删除节目" kind="danger" confirm="删除后节目和文件都无法恢复，确定吗？" />
          ) : null}
          {!publisher ? <p className="text-sm text-muted">由栏目编辑审核发布。</p> : null}
        </section>
      </aside>
    </div>
  );
}
