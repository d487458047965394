import type { FormState } from "@/lib/actions/form-state";

type SubmitBarProps = { label: string; pending: boolean; state: FormState; className?: string };

/** A form's submit button with the action's answer beside it, read out by screen readers. */
export function SubmitBar({ label, pending, state, className = "" }: SubmitBarProps) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-6 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在保存…" : label}
      </button>
      <p role="status" className={`text-sm ${state.status === "error" ? "text-brand" : "text-green-800"}`}>
        {state.status === "idle" ? "" : state.message}
      </p>
    </div>
  );
}
