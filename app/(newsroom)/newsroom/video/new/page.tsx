import type { Metadata } from "next";
import { MediaItemForm } from "@/components/newsroom/media-item-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canCreateMediaItem } from "@/lib/auth/permissions";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { saveMediaItemAction } from "../actions";

export const metadata: Metadata = { title: "新建视听节目" };

export default async function NewMediaItemPage() {
  const actor = await requireActor();
  const sections = (await findNewsSections()).filter((s) => canCreateMediaItem(actor, s.id));
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">新建视听节目</h1>
      <p className="mb-4 text-sm text-muted">先填写节目信息并创建，然后在节目页上传音视频文件、封面和字幕。</p>
      {sections.length === 0 ? (
        <p className="text-muted">您还没有被分配栏目，请联系管理员。</p>
      ) : (
        <MediaItemForm item={null} sections={sections} saveAction={saveMediaItemAction} />
      )}
    </div>
  );
}
