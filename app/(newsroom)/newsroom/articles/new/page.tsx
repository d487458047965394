import type { Metadata } from "next";
import { ArticleForm } from "@/components/newsroom/article-form";
import { requireActor } from "@/lib/auth/current-actor";
import { canCreateArticle, canPublishArticle, canSetHomepageFlags } from "@/lib/auth/permissions";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { saveArticleAction } from "../actions";

export const metadata: Metadata = { title: "写稿" };

export default async function NewArticlePage() {
  const actor = await requireActor();
  const sections = (await findNewsSections()).filter((s) => canCreateArticle(actor, s.id));
  // 发布 from the new-article form for those who may publish in these sections; the command checks again.
  const publisher = sections.some((s) => canPublishArticle(actor, { sectionId: s.id }));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">写稿</h1>
      {sections.length === 0 ? (
        <p className="text-muted">您还没有被分配栏目，请联系管理员。</p>
      ) : (
        <ArticleForm article={null} sections={sections} canSetFlags={canSetHomepageFlags(actor)} saveAction={saveArticleAction} step={publisher ? "publish" : "submit"} />
      )}
    </>
  );
}
