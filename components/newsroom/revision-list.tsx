"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { TimeText } from "@/components/ui/time-text";
import { IDLE, type FormAction } from "@/lib/actions/form-state";
import type { EditableArticle } from "@/lib/data/newsroom/get-article-for-edit";

type RevisionListProps = {
  articleId: number;
  version: number;
  revisions: EditableArticle["revisions"];
  /** restoreRevisionAction, when the user may edit the article. */
  restoreAction?: FormAction;
};

/** 修订历史: every save, newest first, each restorable as a new save. */
export function RevisionList({ articleId, version, revisions, restoreAction }: RevisionListProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(restoreAction ?? (async () => IDLE), IDLE);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  return (
    <section aria-labelledby="revisions-heading" className="rounded border border-line bg-white p-4">
      <h2 id="revisions-heading" className="font-bold">
        修订历史
      </h2>
      <p role="status" className="text-sm text-brand">
        {state.status === "idle" ? "" : state.message}
      </p>
      <ol className="mt-2 divide-y divide-line text-sm">
        {revisions.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0">
              <span className="font-medium">第{r.version}版</span> · {r.note} · {r.author ?? "系统"} · <TimeText iso={r.createdAt} />
              <span className="block truncate text-muted">{r.title}</span>
            </span>
            {restoreAction ? (
              <form action={formAction}>
                <input type="hidden" name="id" value={articleId} />
                <input type="hidden" name="version" value={version} />
                <input type="hidden" name="revisionId" value={r.id} />
                <button type="submit" disabled={pending} className="min-h-9 rounded border border-line px-3 hover:border-brand hover:text-brand">
                  恢复此版本
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
