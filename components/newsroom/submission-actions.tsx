"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";


type Props = { id: number; title: string; convert: FormAction; reject: FormAction };

/** 转为草稿 opens the new draft in the editor; 不采用 asks first, then refreshes the inbox. */
export function SubmissionActions({ id, title, convert, reject }: Props) {
  const router = useRouter();
  const [converted, convertAction, converting] = useActionState(convert, IDLE);
  const [rejected, rejectAction, rejecting] = useActionState(reject, IDLE);
  const busy = converting || rejecting;

  useEffect(() => {
    if (converted.status === "ok" && converted.id) router.push(`/newsroom/articles/${converted.id}`);
  }, [converted, router]);
  useEffect(() => {
    if (rejected.status === "ok") router.refresh();
  }, [rejected, router]);

  const message = [converted, rejected].find((s) => s.status === "error");
  const button = "min-h-11 rounded px-4 text-sm font-medium disabled:opacity-60";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={convertAction}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={busy} aria-label={`转为草稿：${title}`} className={`${button} bg-brand text-white hover:bg-brand-dark`}>
            {converting ? "正在转稿…" : "转为草稿"}
          </button>
        </form>
        <form
          action={rejectAction}
          onSubmit={(e) => {
            if (!window.confirm("确定不采用这篇投稿吗？")) e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={busy} aria-label={`不采用：${title}`} className={`${button} border border-line bg-white hover:border-brand hover:text-brand`}>
            {rejecting ? "处理中…" : "不采用"}
          </button>
        </form>
      </div>
      <p role="status" className={`text-sm ${message ? "text-brand" : "text-green-800"}`}>
        {message?.status === "error" ? message.message : converted.status === "ok" ? "已转为草稿，正在打开…" : ""}
      </p>
    </div>
  );
}
