import type { FormState } from "@/lib/actions/form-state";
import { ActionStatus } from "./action-status";
import { buttonStyles } from "./button-styles";

type SubmitBarProps = { label: string; pending: boolean; state: FormState; className?: string };

/** A form's submit button with the action's answer beside it, read out by screen readers. */
export function SubmitBar({ label, pending, state, className = "" }: SubmitBarProps) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} px-6`}>
        {pending ? "正在保存…" : label}
      </button>
      <ActionStatus state={state} />
    </div>
  );
}
