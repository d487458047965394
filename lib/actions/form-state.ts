// What a newsroom form action answers, for the form to show. Plain data:
// it crosses from the server action to the browser.
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string; id?: number; version?: number; /** The public page the step put online (查看). */ link?: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string> };

export const IDLE: FormState = { status: "idle" };

/** A server action bound to a form with useActionState: what every form component takes. */
export type FormAction = (previous: FormState, data: FormData) => Promise<FormState>;
