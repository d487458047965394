"use client";

import { useActionState, useTransition } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";


/**
 * A server action bound to a form that is submitted by hand, so React does
 * not reset the fields: after an error, what was typed stays.
 */
export function useKeptForm(action: FormAction) {
  const [state, formAction] = useActionState(action, IDLE);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button that sent the form says what to do (保存 or 发布): FormData leaves it out unless asked.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement && submitter.name ? submitter : null);
    startTransition(() => formAction(data));
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  return { state, pending, onSubmit, errors };
}
