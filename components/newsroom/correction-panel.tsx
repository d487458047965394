"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { TimeText } from "@/components/ui/time-text";
import { type FormState, IDLE } from "@/lib/actions/form-state";
import { correctionText } from "@/lib/content/correction-text";
import type { CorrectionView } from "@/lib/view-types";
import { Field, inputClass } from "./field";

type CorrectionPanelProps = {
  articleId: number;
  corrections: CorrectionView[];
  /** addCorrectionAction, for those who may publish the article. */
  action?: (previous: FormState, data: FormData) => Promise<FormState>;
};

/** 更正 on a published article: the corrections shown under its title, and the form that adds one. */
export function CorrectionPanel({ articleId, corrections, action }: CorrectionPanelProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action ?? (async () => IDLE), IDLE);
  useEffect(() => {
    if (state.status !== "ok") return;
    form.current?.reset();
    router.refresh();
  }, [state, router]);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <section aria-labelledby="corrections-heading" className="rounded border border-line bg-white p-4">
      <h2 id="corrections-heading" className="font-bold">
        更正
      </h2>
      <p className="mt-1 text-xs text-muted">已发布稿件的差错不悄悄修改：更正注明在标题下，并列入公开的“更正”页。</p>
      {corrections.length > 0 ? (
        <ul className="mt-2 space-y-2 text-sm">
          {corrections.map((c) => (
            <li key={c.id}>
              <TimeText iso={c.createdAt} />：{correctionText(c)}
            </li>
          ))}
        </ul>
      ) : null}
      {action ? (
        <form ref={form} action={formAction} className="mt-3 space-y-3">
          <input type="hidden" name="id" value={articleId} />
          <Field label="原稿有误的内容" name="wrong" error={errors.wrong}>
            {(props) => <textarea {...props} name="wrong" rows={2} maxLength={500} required className={`${inputClass} py-2`} />}
          </Field>
          <Field label="更正为" name="corrected" error={errors.corrected}>
            {(props) => <textarea {...props} name="corrected" rows={2} maxLength={500} required className={`${inputClass} py-2`} />}
          </Field>
          <button
            type="submit"
            disabled={pending}
            className="min-h-11 rounded border border-brand bg-white px-4 text-sm font-medium text-brand hover:bg-brand-soft disabled:opacity-60"
          >
            发布更正
          </button>
          <p role="status" className="text-sm text-brand">
            {state.status === "idle" ? "" : state.message}
          </p>
        </form>
      ) : null}
    </section>
  );
}
