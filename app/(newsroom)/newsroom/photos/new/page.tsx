import type { Metadata } from "next";
import { PhotoSetForm } from "@/components/newsroom/photo-set-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canCreatePhotoSet } from "@/lib/auth/permissions";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { savePhotoSetAction } from "../actions";

export const metadata: Metadata = { title: "新建图集" };

export default async function NewPhotoSetPage() {
  const actor = await requireActor();
  const sections = (await findNewsSections()).filter((s) => canCreatePhotoSet(actor, s.id));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">新建图集</h1>
      {sections.length === 0 ? (
        <p className="text-muted">您还没有被分配栏目，请联系管理员。</p>
      ) : (
        <PhotoSetForm set={null} sections={sections} saveAction={savePhotoSetAction} />
      )}
    </>
  );
}
