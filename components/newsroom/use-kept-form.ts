"use client";

import { useActionState, useTransition } from "react";
import { type FormState, IDLE } from "@/lib/actions/form-state";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * A server action bound to a form that is submitted by hand, so React does
 * not reset the fields: after an error, what was typed stays.
 */
export function useKeptForm(action: Action) {
  const [state, formAction] = useActionState(action, IDLE);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  return { state, pending, onSubmit, errors };
}
