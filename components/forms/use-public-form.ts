"use client";

import { useEffect, useState, useTransition } from "react";
import { type FormState, IDLE, type FormAction } from "@/lib/actions/form-state";


/**
 * The readers' forms (在线投稿, 发布招聘): submitted by hand rather than
 * through <form action>, so that React does not clear what was typed when
 * the server asks for a correction, and awaited here, so that a failed
 * request (offline, a body over the size limit) shows `sendFailed` instead
 * of the error page. After an error, focus goes to the first field named
 * in `fieldOrder` that has a message; after success the form is cleared.
 */
export function usePublicForm(action: FormAction, fieldOrder: readonly string[], sendFailed: string) {
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (state.status !== "error") return;
    const first = fieldOrder.find((name) => state.fieldErrors[name]);
    if (first) document.getElementById(`field-${first}`)?.focus();
  }, [state, fieldOrder]);

  function send(form: HTMLFormElement) {
    const data = new FormData(form);
    startTransition(async () => {
      let next: FormState;
      try {
        next = await action(state, data);
      } catch {
        next = { status: "error", message: sendFailed, fieldErrors: {} };
      }
      startTransition(() => setState(next));
      if (next.status === "ok") form.reset();
    });
  }

  const errors: Record<string, string> = state.status === "error" ? state.fieldErrors : {};
  return { state, pending, errors, send };
}
