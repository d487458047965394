// The statuses articles, photo sets, 视听 items and job posts move through, as
// the database stores them. Code names them through STATUS, so a typo is a
// type error instead of a query that silently matches nothing.
export const STATUS = {
  draft: "draft",
  submitted: "submitted",
  scheduled: "scheduled",
  published: "published",
  withdrawn: "withdrawn",
  /** 人才网: an employer's post waiting for review. */
  pending: "pending",
  /** 人才网: a post the newsroom turned down. */
  rejected: "rejected",
} as const;

export type ContentStatus = (typeof STATUS)[keyof typeof STATUS];

/** Whether a stored status is one of these (stored statuses are plain strings). */
export function statusIn(status: string, statuses: readonly ContentStatus[]): boolean {
  return (statuses as readonly string[]).includes(status);
}
