import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/newsroom/article-form";
import { CorrectionPanel } from "@/components/newsroom/correction-panel";
import { RevisionList } from "@/components/newsroom/revision-list";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { ItemStats } from "@/components/stats/item-stats";
import { WorkflowPanel } from "@/components/newsroom/workflow-panel";
import { TimeText } from "@/components/ui/time-text";
import { requireActor } from "@/lib/auth/current-actor";
import { canEditArticle, canPublishArticle, canSetHomepageFlags, canSubmitArticle } from "@/lib/auth/permissions";
import { getArticleForEdit } from "@/lib/data/newsroom/get-article-for-edit";
import { findItemReadership } from "@/lib/data/stats/get-item-readership";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { parseId } from "@/lib/site/params";
import { articleHref } from "@/lib/site/channels";
import {
  addCorrectionAction,
  publishArticleAction,
  pushArticleAction,
  restoreRevisionAction,
  returnArticleAction,
  saveArticleAction,
  submitArticleAction,
  withdrawArticleAction,
} from "../actions";
import { STATUS, statusIn } from "@/lib/content/status";

export const metadata: Metadata = { title: "编辑稿件" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const article = id === null ? null : await getArticleForEdit(actor, id);
  if (!article) notFound();

  const ref = { sectionId: article.sectionId, authorId: article.authorId, status: article.status };
  const editable = canEditArticle(actor, ref) && (!statusIn(article.status, [STATUS.published, STATUS.scheduled]) || canPublishArticle(actor, ref));
  const publisher = canPublishArticle(actor, ref);
  const stats = article.publishedAt ? await findItemReadership(actor, article.id) : null;
  const sections = (await findNewsSections()).filter((s) => s.id === article.sectionId || canEditArticle(actor, { ...ref, sectionId: s.id }));
  const step = publisher && article.status !== STATUS.published ? "publish" : canSubmitArticle(actor, ref) ? "submit" : undefined;
  // Published straight from the new-article form: say so here, where the editor lands.
  const justPublished = (await searchParams).published === "1" && article.status === STATUS.published;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="min-w-0 lg:col-span-2">
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">编辑稿件</h1>
          <StatusBadge status={article.status} />
          <span className="text-sm text-muted">第{article.version}版</span>
          {article.status === STATUS.published ? (
            <Link prefetch={false} href={articleHref(article.id)} className="text-sm text-brand underline">
              查看网页
            </Link>
          ) : null}
        </div>
        {justPublished ? (
          <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-sm text-green-800">
            已发布{" "}
            <a href={articleHref(article.id)} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center px-1 font-medium text-sky-800 underline">
              查看
            </a>
          </p>
        ) : null}
        {editable ? (
          <ArticleForm article={article} sections={sections} canSetFlags={canSetHomepageFlags(actor)} saveAction={saveArticleAction} step={step} />
        ) : (
          <div className="rounded border border-line bg-white p-4">
            <p className="mb-3 text-sm text-muted">这篇稿件已交给编辑处理，您不能再修改。</p>
            <h2 className="text-xl font-bold">{article.title}</h2>
            <div className="article-body mt-3" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
          </div>
        )}
        {stats ? <ItemStats stats={stats} itemKey={`article:${article.id}`} /> : null}
      </div>
      <aside className="space-y-4">
        <WorkflowPanel
          id={article.id}
          version={article.version}
          pushable
          primaryInForm={editable && step !== undefined}
          actions={{
            submit: canSubmitArticle(actor, ref) ? submitArticleAction : undefined,
            publish: publisher && article.status !== STATUS.published ? publishArticleAction : undefined,
            returnToWriter: publisher && statusIn(article.status, [STATUS.submitted, STATUS.scheduled]) ? returnArticleAction : undefined,
            withdraw: publisher && statusIn(article.status, [STATUS.published, STATUS.scheduled]) ? withdrawArticleAction : undefined,
            push: publisher && article.status === STATUS.published && !article.pushedAt ? pushArticleAction : undefined,
          }}
        />
        <dl className="rounded border border-line bg-white p-4 text-sm">
          <dt className="text-muted">责任编辑</dt>
          <dd>{article.editorName ?? "（发布时记录）"}</dd>
          {article.publishedAt ? (
            <>
              <dt className="mt-2 text-muted">发布时间</dt>
              <dd>
                <TimeText iso={article.publishedAt} />
              </dd>
            </>
          ) : null}
          {article.status === STATUS.published || article.pushedAt ? (
            <>
              <dt className="mt-2 text-muted">推送</dt>
              <dd>
                {article.pushedAt ? (
                  <>
                    已推送 <TimeText iso={article.pushedAt} />
                  </>
                ) : (
                  "未推送"
                )}
              </dd>
            </>
          ) : null}
          {article.scheduledAt ? (
            <>
              <dt className="mt-2 text-muted">定时发布</dt>
              <dd>
                <TimeText iso={article.scheduledAt} />
              </dd>
            </>
          ) : null}
        </dl>
        {article.status === STATUS.published ? (
          <CorrectionPanel articleId={article.id} corrections={article.corrections} action={publisher ? addCorrectionAction : undefined} />
        ) : null}
        <RevisionList articleId={article.id} version={article.version} revisions={article.revisions} restoreAction={editable ? restoreRevisionAction : undefined} />
      </aside>
    </div>
  );
}
