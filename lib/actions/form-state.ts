// What a newsroom form action answers, for the form to show. Plain data:
// it crosses from the server action to the browser.
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string; id?: number; version?: number }
  | { status: "error"; message: string; fieldErrors: Record<string, string> };

export const IDLE: FormState = { status: "idle" };
