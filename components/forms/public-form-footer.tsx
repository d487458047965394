import type { FormState } from "@/lib/actions/form-state";

/**
 * The end of a readers' form: the honeypot field (for robots only: people
 * neither see it nor reach it with the keyboard), the submit button and the
 * server's answer, read out by screen readers.
 */
export function PublicFormFooter({ label, pending, state }: { label: string; pending: boolean; state: FormState }) {
  return (
    <>
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="field-website">请勿填写</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="space-y-3">
        <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand px-8 font-medium text-white hover:bg-brand-dark disabled:opacity-60 sm:w-auto">
          {pending ? "正在提交…" : label}
        </button>
        <p role="status" className={state.status === "idle" ? "" : `rounded p-3 text-sm ${state.status === "ok" ? "bg-green-50 text-green-800" : "bg-brand-soft text-brand"}`}>
          {state.status === "idle" ? "" : state.message}
        </p>
      </div>
    </>
  );
}
