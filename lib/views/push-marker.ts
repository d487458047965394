/** What a push notification adds to its article's address (`?from=push`), so the view counts as a push open. */
export const PUSH_MARKER = "push";
