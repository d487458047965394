"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";
import { buttonStyles } from "./button-styles";


type Props = {
  action: FormAction;
  /** Hidden fields that say what the button acts on. */
  fields: Record<string, string | number>;
  /** The visible label, and the name a screen reader hears when the label alone is ambiguous (上移 of which group). */
  label: React.ReactNode;
  ariaLabel?: string;
  /** Asked before a destructive step; such a step looks destructive unless a variant is given. */
  confirm?: string;
  variant?: "primary" | "plain" | "danger";
  /** Inputs shown before the button (a new title, an id). */
  children?: React.ReactNode;
  className?: string;
};

/**
 * A small newsroom form for one step (通过, 上移, 删除, 加入…): sends its
 * fields to a server action, shows a refusal beside the button, and
 * refreshes the page's data once the step is done.
 */
export function ActionForm({ action, fields, label, ariaLabel, confirm, variant = confirm ? "danger" : "plain", children, className = "" }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, IDLE);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  const button = buttonStyles[variant === "plain" ? "secondary" : variant];
  return (
    <form
      action={formAction}
      onSubmit={confirm ? (e) => (window.confirm(confirm) ? undefined : e.preventDefault()) : undefined}
      className={`inline-flex flex-wrap items-center gap-2 ${className}`}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={button}>
        {label}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-brand">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
